import type { ExportColumn } from "@/lib/table/xlsx-export";
import type { BuildingRow } from "./list-buildings";

export const buildingExportColumns: ExportColumn<BuildingRow>[] = [
  { header: "Адрес", value: (r) => r.address, width: 45 },
  { header: "Населённый пункт", value: (r) => r.city },
  { header: "Улица", value: (r) => r.street },
  { header: "Дом", value: (r) => r.house, width: 10 },
  { header: "Группа", value: (r) => r.groupName },
  { header: "Квартал", value: (r) => r.quarterName },
  { header: "Помещений", value: (r) => r.premiseCount, width: 12 },
  { header: "Лицевых счетов", value: (r) => r.accountCount, width: 14 },
  { header: "Внешний ID", value: (r) => r.externalId },
  { header: "В архиве", value: (r) => (r.archivedAt ? "да" : "нет"), width: 10 },
  { header: "Создан", value: (r) => r.createdAt, width: 18 },
];
