import type { ExportColumn } from "@/lib/table/xlsx-export";
import type { LegalEntityRow } from "./list-legal-entities";

export const legalEntityExportColumns: ExportColumn<LegalEntityRow>[] = [
  { header: "Наименование", value: (r) => r.name, width: 40 },
  { header: "ИНН", value: (r) => r.inn, width: 14 },
  { header: "КПП", value: (r) => r.kpp, width: 12 },
  { header: "ОГРН / ОГРНИП", value: (r) => r.ogrn, width: 18 },
  { header: "Адрес", value: (r) => r.address, width: 45 },
  { header: "Телефон", value: (r) => r.phone, width: 16 },
  { header: "Электронная почта", value: (r) => r.email, width: 25 },
  { header: "Банк (основной счёт)", value: (r) => r.bankName, width: 30 },
  { header: "БИК", value: (r) => r.bik, width: 12 },
  { header: "Расчётный счёт", value: (r) => r.settlementAccount, width: 24 },
  { header: "Счетов", value: (r) => r.accounts, width: 8 },
  { header: "В архиве", value: (r) => (r.archivedAt ? "да" : "нет"), width: 10 },
];
