import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { invoices, personalAccounts } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { AppError, isUniqueViolation } from "@/lib/core/errors";
import { assertPremiseAccount } from "@/lib/meters/meter-placement";
import { periodLabel } from "@/lib/meters/collection-window";
import { findPremise } from "@/lib/registry/premises/find-premise";
import { invoiceStatusLabels, invoiceTypeLabels } from "../billing-vocabulary";
import type { InvoiceCreateData } from "./invoice-schema";

/** The Russian answer to invoices_one_actual_uq, naming the invoice already there so staff can open it. */
async function duplicateActual(db: Db, orgId: string, data: InvoiceCreateData & { period: string }): Promise<AppError> {
  const [existing] = await db
    .select({ status: invoices.status, number: personalAccounts.number })
    .from(invoices)
    .innerJoin(personalAccounts, eq(personalAccounts.id, invoices.accountId))
    .where(
      and(
        eq(invoices.orgId, orgId),
        eq(invoices.accountId, data.accountId),
        eq(invoices.type, data.type),
        eq(invoices.period, data.period),
        eq(invoices.isActual, true),
        ne(invoices.status, "cancelled"),
      ),
    )
    .limit(1);
  const what = existing
    ? `${invoiceTypeLabels[data.type]} за ${periodLabel(data.period)}, лицевой счёт ${existing.number} (${invoiceStatusLabels[existing.status].toLowerCase()})`
    : `${invoiceTypeLabels[data.type]} за ${periodLabel(data.period)}`;
  const message = `Актуальный счёт за этот период уже есть: ${what}. Снимите у нового счёта признак «Актуальный» или аннулируйте тот`;
  return new AppError("CONFLICT", message, { isActual: [message] });
}

/**
 * «Новый счёт»: an empty draft of one account for a type and month; services are added on its card. The premise must
 * be an active one of the employee's buildings, in the chosen building, and the account one of its open accounts.
 * A second actual invoice for the same account, type and month is refused by invoices_one_actual_uq.
 */
export async function createInvoice(ctx: StaffContext, data: InvoiceCreateData) {
  assertPermission(ctx, "finance.invoices.edit");
  const period = `${data.year}-${String(data.month).padStart(2, "0")}`;
  try {
    return await ctx.db.transaction(async (tx) => {
      const premise = await findPremise(tx, ctx, data.premiseId, { active: true });
      if (premise.buildingId !== data.buildingId) {
        throw new AppError("VALIDATION", "Помещение находится в другом объекте", { premiseId: ["Помещение находится в другом объекте"] });
      }
      await assertPremiseAccount(tx, ctx.orgId, premise.id, data.accountId);
      const [invoice] = await tx
        .insert(invoices)
        .values({
          orgId: ctx.orgId,
          buildingId: premise.buildingId,
          premiseId: premise.id,
          accountId: data.accountId,
          type: data.type,
          period,
          isActual: data.isActual,
          pdfType: data.pdfType,
        })
        .returning();
      if (!invoice) throw new Error("invoice insert returned no row");
      await writeAudit(tx, ctx, { action: "invoice.created", entityType: "invoice", entityId: invoice.id, after: invoice });
      return invoice;
    });
  } catch (error) {
    if (isUniqueViolation(error, "invoices_one_actual_uq")) throw await duplicateActual(ctx.db, ctx.orgId, { ...data, period });
    throw error;
  }
}
