import { and, eq } from "drizzle-orm";
import { invoices, personalAccounts } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";
import { assertBuildingInScope } from "@/lib/org/building-scope";
import { receiptFile, receiptSourceColumns, type ReceiptFile } from "./receipt-file";

/** «Квитанция» on an invoice in the CRM: another organisation's invoice is «не найден», another building's 403. */
export async function openInvoiceReceipt(ctx: StaffContext, invoiceId: string): Promise<ReceiptFile> {
  assertPermission(ctx, "finance.invoices.view");
  const [invoice] = await ctx.db
    .select({ ...receiptSourceColumns, buildingId: invoices.buildingId })
    .from(invoices)
    .innerJoin(personalAccounts, eq(personalAccounts.id, invoices.accountId))
    .where(and(eq(invoices.id, invoiceId), eq(invoices.orgId, ctx.orgId)));
  if (!invoice) throw notFound("Счёт");
  assertBuildingInScope(ctx, invoice.buildingId);
  return receiptFile(ctx.db, invoice);
}
