import { assertPermission } from "@/lib/access/assert-permission";
import type { Permission } from "@/lib/core/permissions";
import type { StaffContext } from "@/lib/core/context";

export const importKinds = ["registry_xlsx", "accounts_csv", "debt_csv", "meters", "meter_readings", "invoices_xlsx", "turnover_xlsx"] as const;
export type ImportKind = (typeof importKinds)[number];

export const importKindLabels: Record<ImportKind, string> = {
  registry_xlsx: "Excel: помещения, лицевые счета и клиенты",
  accounts_csv: "CSV: лицевые счета с балансом",
  debt_csv: "CSV: задолженность",
  meters: "Excel или CSV: приборы учёта с последними показаниями",
  meter_readings: "Excel или CSV: показания за период",
  invoices_xlsx: "Excel: счета по шаблону",
  turnover_xlsx: "Excel: оборотно-сальдовая ведомость",
};

/** Balances are money: the CSV imports also need the right to edit invoices. */
const requiredPermissions: Record<ImportKind, Permission[]> = {
  registry_xlsx: ["registry.premises.edit"],
  accounts_csv: ["registry.premises.edit", "finance.invoices.edit"],
  debt_csv: ["registry.premises.edit", "finance.invoices.edit"],
  meters: ["finance.meters.edit"],
  meter_readings: ["finance.readings.enter"],
  invoices_xlsx: ["finance.invoices.edit"],
  turnover_xlsx: ["finance.invoices.edit"],
};

export function assertImportAllowed(ctx: Pick<StaffContext, "permissions">, kind: ImportKind): void {
  for (const permission of requiredPermissions[kind]) assertPermission(ctx, permission);
}

export const canImport = (ctx: Pick<StaffContext, "permissions">, kind: ImportKind) =>
  requiredPermissions[kind].every((p) => ctx.permissions.has(p));
