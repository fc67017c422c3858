import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { invoices } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { AppError, notFound } from "@/lib/core/errors";
import { buildingScope, inScope, outOfScope } from "@/lib/org/building-scope";

export const invoiceNotFound = () => notFound("Счёт");

/** An invoice of the caller's organisation in their building scope (404 for another organisation's id, 403 outside). */
export async function findInvoice(db: Db, ctx: Pick<StaffContext, "orgId" | "buildingIds">, id: string, { lock = false } = {}) {
  const query = db
    .select({ invoice: invoices, inScope: inScope(buildingScope(ctx, invoices.buildingId)) })
    .from(invoices)
    .where(and(eq(invoices.id, id), eq(invoices.orgId, ctx.orgId)))
    .$dynamic();
  const [row] = await (lock ? query.for("update", { of: invoices }) : query);
  if (!row) throw invoiceNotFound();
  if (!row.inScope) throw outOfScope();
  return row.invoice;
}
export type InvoiceRow = Awaited<ReturnType<typeof findInvoice>>;

/**
 * Issued money is in the ledger and on the resident's receipt, so only a draft changes; a correction of an issued
 * invoice is its cancellation or a recalculation next period.
 */
export function assertDraft(invoice: Pick<InvoiceRow, "status">): void {
  if (invoice.status !== "draft") {
    throw new AppError("CONFLICT", "Выставленный счёт не редактируется — аннулируйте его или сделайте перерасчёт в следующем периоде");
  }
}
