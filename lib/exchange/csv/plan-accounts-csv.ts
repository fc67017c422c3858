import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";
import type { SourceRow } from "../columns";
import type { ColumnLabels, ImportRecord, Report } from "../plan/import-record";
import { loadBalances } from "../plan/load-balances";
import { plannedImport, type PlannedImport } from "../plan/planned-import";
import { registryPlanner } from "../plan/registry-planner";
import { loadRegistrySnapshot } from "../plan/registry-snapshot";
import { indexSnapshot, type SnapshotIndex } from "../plan/snapshot-index";
import { IssueList } from "../import-issue";
import { fileRejected, validateRows, type ValidRow } from "../validate-rows";
import { accountsCsvColumns } from "./csv-columns";
import { accountsCsvRowSchema, type AccountsCsvRow } from "./csv-row-schemas";

const labels: ColumnLabels = { building: "Дом", number: "Квартира", account: "Л.С", lastName: "Фамилия", balance: "Баланс" };

/** The row's building: its «Дом» and «Город» when filled in, else the one chosen in the form. */
function toRecord(index: SnapshotIndex, { line, data }: ValidRow<AccountsCsvRow>, chosenBuildingId: string | null, report: Report): ImportRecord | null {
  let buildingId = chosenBuildingId;
  if (data.house) {
    const text = [data.city, data.house].filter(Boolean).join(", ");
    const match = index.findBuilding(text);
    if ("problem" in match) {
      report(line, "Дом", match.problem === "ambiguous" ? `Адрес «${text}» подходит к нескольким объектам — укажите город` : `Объект «${text}» не найден в разделе «Объекты»`);
      return null;
    }
    buildingId = match.building.id;
  }
  if (!buildingId) {
    report(line, "Дом", "Не указан дом: заполните колонку «Дом» или выберите объект при загрузке");
    return null;
  }
  return {
    line,
    buildingId,
    premise: { type: "flat", number: data.flat },
    account: { number: data.account },
    client: { type: data.type, lastName: data.lastName, firstName: data.firstName, middleName: data.middleName, basis: "owner" },
    balance: data.balance,
  };
}

/**
 * Accounts with balances (seed 003 §7): each row is a flat, its account and its owner, created when missing;
 * a filled-in «Баланс» becomes the account's balance. Owners absent from the file are left alone.
 */
export async function planAccountsCsv(ctx: StaffContext, source: Iterable<SourceRow>, chosenBuildingId: string | null): Promise<PlannedImport> {
  const [snapshot, balances] = await Promise.all([loadRegistrySnapshot(ctx), loadBalances(ctx)]);
  const index = indexSnapshot(snapshot);
  if (chosenBuildingId && !index.buildingById.has(chosenBuildingId)) throw notFound("Объект");
  const planner = registryPlanner(index, { labels, removeAbsentOwners: false, balances });
  const checked = await validateRows(source, accountsCsvColumns, accountsCsvRowSchema, (row) => {
    const record = toRecord(index, row, chosenBuildingId, planner.report);
    if (record) planner.add(record);
  });
  if (fileRejected(checked)) return plannedImport(checked.count, checked.issues);
  const planned = planner.finish(checked.count);
  return plannedImport(checked.count, IssueList.join(checked.issues, planned.issues), planned);
}
