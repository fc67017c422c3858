import { formatPremiseAddress } from "@/lib/registry/premise-address";
import type { ExportColumn } from "@/lib/table/xlsx-export";
import type { AccountRow } from "./list-accounts";

/** The account's state as the list's «Статус» filter names it. */
export const accountStatusLabel = (r: Pick<AccountRow, "archivedAt" | "hiddenInCabinet">) =>
  r.archivedAt ? "Удалён" : r.hiddenInCabinet ? "Скрыт в ЛК жителя" : "Действует";

export const accountExportColumns: ExportColumn<AccountRow>[] = [
  { header: "Лицевой счёт", value: (r) => r.number, width: 16 },
  { header: "ЕЛС", value: (r) => r.els, width: 14 },
  { header: "Помещение", value: (r) => formatPremiseAddress(r.buildingAddress, { type: r.premiseType, number: r.premiseNumber }), width: 45 },
  { header: "Собственники", value: (r) => r.owners, width: 40 },
  { header: "Юридическое лицо", value: (r) => r.legalEntityName, width: 28 },
  { header: "Статус", value: accountStatusLabel, width: 18 },
  { header: "Внешний ID", value: (r) => r.externalId },
  { header: "Создан", value: (r) => r.createdAt, width: 18 },
];
