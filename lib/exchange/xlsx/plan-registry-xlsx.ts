import type { Readable } from "node:stream";
import type { StaffContext } from "@/lib/core/context";
import type { ColumnLabels, ImportRecord, Report } from "../plan/import-record";
import { plannedImport, type PlannedImport } from "../plan/planned-import";
import { registryPlanner } from "../plan/registry-planner";
import { loadRegistrySnapshot } from "../plan/registry-snapshot";
import { indexSnapshot, type SnapshotIndex } from "../plan/snapshot-index";
import { IssueList } from "../import-issue";
import { fileRejected, validateRows, type ValidRow } from "../validate-rows";
import { xlsxRows } from "./read-xlsx-rows";
import { registryColumns, type RegistryColumnKey } from "./registry-columns";
import { registryRowSchema, type RegistryRow } from "./registry-row-schema";

const header = Object.fromEntries(registryColumns.map((c) => [c.key, c.header])) as Record<RegistryColumnKey, string>;

const labels: ColumnLabels = {
  building: header.building,
  number: header.number,
  externalId: header.premiseExternalId,
  account: header.accountNumber,
  lastName: header.lastName,
  phone: header.phone,
  email: header.email,
  entrance: header.entrance,
  floor: header.floor,
  totalArea: header.totalArea,
  livingArea: header.livingArea,
  rooms: header.rooms,
  els: header.els,
  legalEntity: header.legalEntityInn,
  share: header.share,
};

/** Finds the row's building and legal entity among the organisation's own; unknown ones are row errors. */
function toRecord(index: SnapshotIndex, { line, data }: ValidRow<RegistryRow>, report: Report): ImportRecord | null {
  const match = index.findBuilding(data.building);
  if ("problem" in match) {
    report(line, header.building, match.problem === "ambiguous"
      ? `Адрес «${data.building}» подходит к нескольким объектам — укажите внешний ID объекта`
      : `Объект «${data.building}» не найден: укажите адрес, как в разделе «Объекты», или внешний ID объекта`);
    return null;
  }
  const inn = data.account?.legalEntityInn;
  const legalEntityId = inn ? index.legalEntityByInn.get(inn) : undefined;
  if (inn && !legalEntityId) report(line, header.legalEntityInn, `Юрлицо с ИНН ${inn} не найдено в разделе «Юридические лица»`);
  const account = data.account && { number: data.account.number, els: data.account.els, legalEntityId };
  return { line, buildingId: match.building.id, premise: data.premise, account, client: data.client };
}

/** The Excel registry file (seed 002 §12): every row checked and planned against the registry as it is read. */
export async function planRegistryXlsx(ctx: StaffContext, input: Readable): Promise<PlannedImport> {
  const index = indexSnapshot(await loadRegistrySnapshot(ctx));
  const planner = registryPlanner(index, { labels, removeAbsentOwners: true });
  const checked = await validateRows(xlsxRows(input), registryColumns, registryRowSchema, (row) => {
    const record = toRecord(index, row, planner.report);
    if (record) planner.add(record);
  });
  if (fileRejected(checked)) return plannedImport(checked.count, checked.issues);
  const planned = planner.finish(checked.count);
  return plannedImport(checked.count, IssueList.join(checked.issues, planned.issues), planned);
}
