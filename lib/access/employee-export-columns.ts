import type { ExportColumn } from "@/lib/table/xlsx-export";
import type { EmployeeRow } from "./list-employees";

export const employeeExportColumns: ExportColumn<EmployeeRow>[] = [
  { header: "Фамилия", value: (r) => r.lastName },
  { header: "Имя", value: (r) => r.firstName },
  { header: "Отчество", value: (r) => r.middleName },
  { header: "Должность", value: (r) => r.position, width: 25 },
  { header: "Роль", value: (r) => r.roleName },
  { header: "Электронная почта", value: (r) => r.email, width: 30 },
  { header: "Телефон", value: (r) => r.phone, width: 16 },
  { header: "Последний вход", value: (r) => r.lastLoginAt, width: 18 },
  { header: "Заблокирован", value: (r) => (r.blockedAt ? "да" : "нет"), width: 14 },
];
