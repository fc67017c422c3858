import type { StaffContext } from "@/lib/core/context";
import type { SourceRow } from "../columns";
import { formatRoubles } from "../decimal";
import { nonEmpty, section } from "../plan/build-preview";
import { issueCollector } from "../plan/import-record";
import { loadBalances } from "../plan/load-balances";
import { plannedImport, type PlannedImport } from "../plan/planned-import";
import { emptyPlan, type BalanceTarget } from "../plan/registry-plan";
import { loadRegistrySnapshot } from "../plan/registry-snapshot";
import { indexSnapshot } from "../plan/snapshot-index";
import { IssueList } from "../import-issue";
import { fileRejected, validateRows } from "../validate-rows";
import { debtCsvColumns } from "./csv-columns";
import { debtCsvRowSchema } from "./csv-row-schemas";

/**
 * Debt only (seed 003 §7): each listed account's balance becomes the file's value (negative is an overpayment).
 * Accounts must already exist in buildings the employee may touch; a number listed twice is an error.
 */
export async function planDebtCsv(ctx: StaffContext, source: Iterable<SourceRow>): Promise<PlannedImport> {
  const [snapshot, balances] = await Promise.all([loadRegistrySnapshot(ctx), loadBalances(ctx)]);
  const index = indexSnapshot(snapshot);
  const { issues, report } = issueCollector();
  const plan = emptyPlan();
  const numbers = new Map<string, string>();
  const seen = new Map<string, number>();
  const checked = await validateRows(source, debtCsvColumns, debtCsvRowSchema, ({ line, data }) => {
    const found = index.accountByNumber.get(data.account);
    const premise = found && index.premiseById.get(found.premiseId);
    const account = premise && index.buildingById.has(premise.buildingId) ? found : undefined;
    const earlier = seen.get(data.account);
    seen.set(data.account, earlier ?? line);
    if (earlier) return report(line, "Л.С", `Лицевой счёт ${data.account} уже указан в строке ${earlier}`);
    if (!account) return report(line, "Л.С", `Лицевой счёт ${data.account} не найден`);
    if ((balances.get(account.id) ?? 0n) === data.balance) return;
    plan.balances.push({ accountId: account.id, kopecks: data.balance.toString() });
    numbers.set(account.id, account.number);
  });
  if (fileRejected(checked)) return plannedImport(checked.count, checked.issues);
  const label = (t: BalanceTarget) => `${numbers.get(t.accountId) ?? ""}: ${formatRoubles(balances.get(t.accountId) ?? 0n)} → ${formatRoubles(BigInt(t.kopecks))}`;
  const preview = { rows: checked.count, sections: nonEmpty([section("balances", "Изменится баланс лицевых счетов", plan.balances, label)]) };
  return plannedImport(checked.count, IssueList.join(checked.issues, issues), { plan, preview });
}
