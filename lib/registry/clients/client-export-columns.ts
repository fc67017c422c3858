import type { ExportColumn } from "@/lib/table/xlsx-export";
import { clientTypeLabels } from "./client-labels";
import type { ClientRow } from "./list-clients";

export const clientExportColumns: ExportColumn<ClientRow>[] = [
  { header: "Клиент", value: (r) => r.name, width: 35 },
  { header: "Тип", value: (r) => clientTypeLabels[r.type], width: 25 },
  { header: "Телефон", value: (r) => r.phone, width: 16 },
  { header: "Электронная почта", value: (r) => r.email, width: 25 },
  { header: "Помещения", value: (r) => r.premises.join("; "), width: 60 },
  { header: "Был(а) в ЛК", value: (r) => r.lastSeenAt, width: 18 },
  { header: "Статус", value: (r) => (r.archivedAt ? "в архиве" : r.blockedAt ? "заблокирован" : "активен"), width: 14 },
  { header: "Добавлен", value: (r) => r.createdAt, width: 18 },
];
