import type { StaffContext } from "@/lib/core/context";
import type { SourceRow } from "../columns";
import { formatRoubles } from "../decimal";
import { IssueList } from "../import-issue";
import { headerOf } from "../meters/meter-columns";
import { nonEmpty, section } from "../plan/build-preview";
import { issueCollector } from "../plan/import-record";
import { plannedImport, type PlannedImport } from "../plan/planned-import";
import { emptyPlan, type BalanceTarget } from "../plan/registry-plan";
import { fileRejected, validateRows, type ValidRow } from "../validate-rows";
import { InvoiceDrafts } from "./invoice-drafts";
import { turnoverImportColumns } from "./invoice-columns";
import { turnoverImportRowSchema, type TurnoverImportRow } from "./invoice-row-schemas";
import { loadActualInvoices, loadImportAccounts, loadImportTariffs } from "./invoice-snapshot";

const header = headerOf(turnoverImportColumns);

/** The line an ОСВ row without a service becomes. */
export const TURNOVER_SERVICE = "Начисления по ОСВ";

/**
 * «Оборотно-сальдовая ведомость»: per account (optionally per service) the opening balance, accrued, paid and
 * closing balance, which must agree. Each account, invoice type and period becomes one issued invoice with a line
 * per service (a service is matched to the building's tariff by code or name, else kept by its name), and then the
 * account's ledger is brought to the file's closing balance the ledger way: one adjustment entry for whatever
 * difference remains after the accruals are posted. An account the organisation does not have is an error, and
 * nothing is imported.
 */
export async function planTurnover(ctx: StaffContext, source: Iterable<SourceRow> | AsyncIterable<SourceRow>, formPeriod: string | null): Promise<PlannedImport> {
  const rows: ValidRow<TurnoverImportRow>[] = [];
  const checked = await validateRows(source, turnoverImportColumns, turnoverImportRowSchema, (row) => rows.push(row));
  if (fileRejected(checked)) return plannedImport(checked.count, checked.issues);

  const accounts = await loadImportAccounts(
    ctx,
    rows.map((r) => r.data.account),
  );
  const findTariff = await loadImportTariffs(
    ctx,
    [...accounts.values()].map((a) => a.buildingId),
  );
  const { issues, report } = issueCollector();
  const drafts = new InvoiceDrafts();
  const closing = new Map<string, bigint>();
  for (const { line, data } of rows) {
    const period = data.period ?? formPeriod;
    if (!period) report(line, header.period, "Не указан период: заполните колонку «Период» или выберите месяц при загрузке");
    const account = accounts.get(data.account);
    if (!account) report(line, header.account, `Лицевой счёт ${data.account} не найден`);
    else if (!account.inScope) report(line, header.account, `Дом лицевого счёта ${data.account} не входит в ваши объекты`);
    if (!account?.inScope || !period) continue;
    const tariff = data.service ? (findTariff(account.buildingId, data.service) ?? null) : null;
    // One unit at the accrued amount: the statement gives money, not volumes, and the line's arithmetic still holds.
    const priceE4 = data.accrued * 100n;
    drafts.add(account, data.type, period, {
      line,
      tariff,
      serviceName: tariff?.name ?? data.service ?? TURNOVER_SERVICE,
      unit: tariff?.unit ?? "—",
      qty: [1000n, null, null],
      prices: { price1E4: priceE4, price2E4: null, price3E4: null },
      money: { accruedKopecks: data.accrued, openingDebtKopecks: data.opening, recalculationKopecks: 0n, benefitKopecks: 0n, penaltyKopecks: 0n, paidKopecks: data.paid },
    });
    closing.set(account.id, (closing.get(account.id) ?? 0n) + data.closing);
  }
  const taken = await loadActualInvoices(
    ctx,
    [...drafts.byKey.values()].map((d) => d.account.id),
  );
  drafts.check(taken, report, { account: header.account, service: header.service });
  if (issues.count) return plannedImport(checked.count, IssueList.join(checked.issues, issues));

  const plan = emptyPlan();
  plan.invoices = drafts.toPlan(true);
  plan.balances = [...closing].map(([accountId, kopecks]): BalanceTarget => ({ accountId, kopecks: kopecks.toString() }));
  const numberOf = new Map([...accounts.values()].map((a) => [a.id, a.number]));
  const preview = {
    rows: checked.count,
    sections: nonEmpty([
      section("invoices.create", "Будут созданы и выставлены счета", [...drafts.byKey.values()], InvoiceDrafts.label),
      section("balances", "Сальдо на конец станет балансом лицевого счёта (разница запишется корректировкой)", plan.balances, (b) => `${numberOf.get(b.accountId) ?? ""}: ${formatRoubles(BigInt(b.kopecks))}`),
    ]),
  };
  return plannedImport(checked.count, IssueList.join(checked.issues, issues), { plan, preview });
}
