import { auditActionLabel } from "@/lib/audit/audit-labels";
import { premiseNumberLabel } from "@/lib/registry/premise-address";
import type { ExportColumn } from "@/lib/table/xlsx-export";
import { resourceLabels, sourceLabels } from "../meter-vocabulary";
import { journalChange } from "./journal-change";
import type { JournalRow } from "./list-meter-journal";

/** «Москва, ул. Ленина, д. 5, кв. 12», or the building alone for a common-house meter. */
export const journalPlace = (r: Pick<JournalRow, "buildingAddress" | "premiseType" | "premiseNumber">) =>
  r.premiseType && r.premiseNumber ? `${r.buildingAddress}, ${premiseNumberLabel(r.premiseType, r.premiseNumber)}` : `${r.buildingAddress} (общедомовой)`;

export const journalMeter = (r: Pick<JournalRow, "resource" | "serialNumber">) => `${resourceLabels[r.resource]} № ${r.serialNumber}`;

export const journalExportColumns: ExportColumn<JournalRow>[] = [
  { header: "Время", value: (r) => r.createdAt, width: 18 },
  { header: "Кто", value: (r) => r.actorName, width: 28 },
  { header: "Действие", value: (r) => auditActionLabel(r.action), width: 30 },
  { header: "Прибор", value: journalMeter, width: 26 },
  { header: "Адрес", value: journalPlace, width: 45 },
  { header: "Период", value: (r) => r.period, width: 10 },
  { header: "Было", value: (r) => journalChange(r.action, r.before, r.after).before, width: 30 },
  { header: "Стало", value: (r) => journalChange(r.action, r.before, r.after).after, width: 30 },
  { header: "Источник", value: (r) => sourceLabels[r.source], width: 14 },
];
