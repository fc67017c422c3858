import type { Db } from "@/db/client";
import { invoiceLines, invoices } from "@/db/schema";
import { postInvoices } from "@/lib/billing/issue-invoices";
import type { ApplyScope } from "./apply-plan-part";
import { columnsOf, insertRows } from "./bulk-sql";
import type { InvoiceLineValues, InvoiceValues } from "./registry-plan";

const money = ["accruedKopecks", "recalculationKopecks", "benefitKopecks", "penaltyKopecks", "paidKopecks", "totalKopecks"] as const;
const invoiceFields = columnsOf<InvoiceValues>()(invoices, ["id", "buildingId", "premiseId", "accountId", "type", "period", "openingBalanceKopecks", ...money]);
const lineFields = columnsOf<InvoiceLineValues>()(invoiceLines, [
  "id",
  "invoiceId",
  "tariffId",
  "position",
  "serviceName",
  "unit",
  "tariff",
  "qty1Milli",
  "qty2Milli",
  "qty3Milli",
  "price1E4",
  "price2E4",
  "price3E4",
  "openingDebtKopecks",
  "vatKopecks",
  ...money,
]);

/**
 * New invoices go in as drafts with their final sums (computed by invoiceMoney when the file was checked). A second
 * actual invoice for an account, type and period meanwhile would break the database's unique index, and the whole
 * import is refused as stale.
 */
export const insertImportedInvoices = (tx: Db, scope: ApplyScope, items: readonly InvoiceValues[]) => insertRows(tx, invoices, scope.orgId, invoiceFields, items);

export const insertImportedLines = (tx: Db, scope: ApplyScope, items: readonly InvoiceLineValues[]) => insertRows(tx, invoiceLines, scope.orgId, lineFields, items);

/** «Выставить сразу»: issued the way staff issue them — ledger entries, audit — inside the import's transaction. */
export async function issueImportedInvoices(tx: Db, scope: ApplyScope, ids: readonly string[]): Promise<void> {
  if (ids.length) await postInvoices(tx, scope, { invoiceIds: ids });
}
