import type { ExportColumn } from "@/lib/table/xlsx-export";
import type { PremiseRow } from "./list-premises";
import { premiseTypeInfo } from "./premise-types";

const area = (value: string | null) => (value === null ? null : Number(value));

export const premiseExportColumns: ExportColumn<PremiseRow>[] = [
  { header: "Адрес объекта", value: (r) => r.buildingAddress, width: 40 },
  { header: "Тип", value: (r) => premiseTypeInfo[r.type].label, width: 18 },
  { header: "Номер", value: (r) => r.number, width: 10 },
  { header: "Подъезд", value: (r) => r.entrance, width: 10 },
  { header: "Этаж", value: (r) => r.floor, width: 10 },
  { header: "Общая площадь", value: (r) => area(r.totalArea), width: 14 },
  { header: "Жилая площадь", value: (r) => area(r.livingArea), width: 14 },
  { header: "Комнат", value: (r) => r.rooms, width: 10 },
  { header: "Лицевые счета", value: (r) => r.accounts, width: 25 },
  { header: "Клиенты", value: (r) => r.clients, width: 40 },
  { header: "Внешний ID", value: (r) => r.externalId },
  { header: "В архиве", value: (r) => (r.archivedAt ? "да" : "нет"), width: 10 },
  { header: "Создано", value: (r) => r.createdAt, width: 18 },
];
