import { formatRoubles } from "@/lib/exchange/decimal";
import { linkBasisLabels } from "@/lib/registry/links/link-bases";
import { formatPremiseAddress } from "@/lib/registry/premise-address";
import type { ExportColumn } from "@/lib/table/xlsx-export";
import type { DebtorRow } from "./list-debtors";

const addressOf = (r: DebtorRow) => formatPremiseAddress(r.buildingAddress, { type: r.premiseType, number: r.premiseNumber });
const roleOf = (r: DebtorRow) => (r.basis ? linkBasisLabels[r.basis] : "");

/** Kopecks as a number of roubles for a spreadsheet cell (exact below 90 trillion roubles). */
const roubles = (kopecks: bigint) => Number(kopecks) / 100;

export const debtorExportColumns: ExportColumn<DebtorRow>[] = [
  { header: "Лицевой счёт", value: (r) => r.accountNumber, width: 16 },
  { header: "Клиент", value: (r) => r.clientNames ?? "", width: 36 },
  { header: "Телефон", value: (r) => r.phone ?? "", width: 18 },
  { header: "Роль", value: roleOf, width: 22 },
  { header: "Адрес", value: addressOf, width: 45 },
  { header: "Долг, ₽", value: (r) => roubles(r.debtKopecks), width: 14 },
];

/** A row as the table shows it, text only, so it crosses to the browser as JSON. */
export type DebtorViewRow = Pick<DebtorRow, "accountId" | "accountNumber" | "premiseId" | "clientNames" | "phone"> & { role: string; address: string; debt: string; typeDebt: string | null };

export function debtorViewRow(r: DebtorRow): DebtorViewRow {
  return {
    accountId: r.accountId,
    accountNumber: r.accountNumber,
    premiseId: r.premiseId,
    clientNames: r.clientNames,
    phone: r.phone,
    role: roleOf(r),
    address: addressOf(r),
    debt: formatRoubles(r.debtKopecks),
    typeDebt: r.typeDebtKopecks === null ? null : formatRoubles(r.typeDebtKopecks),
  };
}
