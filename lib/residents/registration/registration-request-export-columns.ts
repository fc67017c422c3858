import type { ExportColumn } from "@/lib/table/xlsx-export";
import type { RegistrationRequestRow } from "./list-registration-requests";
import { registrationStatusLabels } from "./registration-request-filters";

export const registrationRequestExportColumns: ExportColumn<RegistrationRequestRow>[] = [
  { header: "Дата заявки", value: (r) => r.createdAt, width: 18 },
  { header: "Фамилия", value: (r) => r.lastName },
  { header: "Имя", value: (r) => r.firstName },
  { header: "Отчество", value: (r) => r.middleName },
  { header: "Телефон", value: (r) => r.phone, width: 16 },
  { header: "Лицевой счёт", value: (r) => r.accountNumber, width: 16 },
  { header: "Помещение", value: (r) => r.address ?? "лицевой счёт не найден", width: 40 },
  { header: "Статус", value: (r) => registrationStatusLabels[r.status], width: 14 },
  { header: "Причина отказа", value: (r) => r.declineReason, width: 30 },
  { header: "Дата решения", value: (r) => r.decidedAt, width: 18 },
];
