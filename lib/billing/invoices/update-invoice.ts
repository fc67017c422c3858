import type { z } from "zod";
import { eq } from "drizzle-orm";
import { invoices } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { AppError, isUniqueViolation } from "@/lib/core/errors";
import { assertDraft, findInvoice } from "./find-invoice";
import type { invoiceUpdateSchema } from "./invoice-schema";

/** «Основное» → «Сохранить»: the actual flag and the receipt type of a draft. */
export async function updateInvoice(ctx: StaffContext, { id, isActual, pdfType }: z.output<typeof invoiceUpdateSchema>) {
  assertPermission(ctx, "finance.invoices.edit");
  try {
    return await ctx.db.transaction(async (tx) => {
      const before = await findInvoice(tx, ctx, id, { lock: true });
      assertDraft(before);
      const [after] = await tx.update(invoices).set({ isActual, pdfType, updatedAt: new Date() }).where(eq(invoices.id, id)).returning();
      await writeAudit(tx, ctx, { action: "invoice.updated", entityType: "invoice", entityId: id, before: { isActual: before.isActual, pdfType: before.pdfType }, after: { isActual, pdfType } });
      return after ?? before;
    });
  } catch (error) {
    if (isUniqueViolation(error, "invoices_one_actual_uq")) {
      const message = "Актуальный счёт за этот период уже есть: этот счёт нельзя сделать актуальным, пока тот не аннулирован";
      throw new AppError("CONFLICT", message, { isActual: [message] });
    }
    throw error;
  }
}
