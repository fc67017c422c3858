import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { buildingSuppliers, clientSupplierDetails, externalSuppliers, premises } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError, notFound } from "@/lib/core/errors";
import type { SupplierPayerField } from "@/lib/payments/suppliers/supplier-schema";
import { boundedString } from "@/lib/validation/bounded-string";
import { findMyPremiseLink } from "../premises/my-premise-link";
import { residentAuditScope, type ResidentContext } from "../resident-context";

export const mySupplierDetailsSchema = z.object({
  premiseId: z.uuid(),
  supplierId: z.uuid(),
  values: z.record(boundedString(10, "Поле"), boundedString(100, "Значение").trim()),
});

/** The external suppliers of the premise's building (seed 000 resident §6) with what the resident saved for each. */
export async function listMySuppliers(ctx: ResidentContext, premiseId: string) {
  const mine = await findMyPremiseLink(ctx, premiseId);
  const rows = await ctx.db
    .select({
      id: externalSuppliers.id,
      name: externalSuppliers.name,
      inn: externalSuppliers.inn,
      kpp: externalSuppliers.kpp,
      bankName: externalSuppliers.bankName,
      bik: externalSuppliers.bik,
      settlementAccount: externalSuppliers.settlementAccount,
      payerFields: externalSuppliers.payerFields,
      saved: clientSupplierDetails.values,
    })
    .from(premises)
    .innerJoin(buildingSuppliers, and(eq(buildingSuppliers.buildingId, premises.buildingId), eq(buildingSuppliers.orgId, premises.orgId)))
    .innerJoin(externalSuppliers, eq(externalSuppliers.id, buildingSuppliers.supplierId))
    .leftJoin(clientSupplierDetails, and(eq(clientSupplierDetails.supplierId, externalSuppliers.id), eq(clientSupplierDetails.clientId, mine.client.id)))
    .where(eq(premises.id, premiseId))
    .orderBy(asc(externalSuppliers.name));
  return rows.map((r) => ({ ...r, payerFields: r.payerFields as SupplierPayerField[], saved: r.saved ?? {} }));
}

/**
 * «Сохранить реквизиты платежа»: the resident's values for a supplier of their building, kept for next time. Only
 * the supplier's own fields, each filled in; a supplier not attached to the building is «не найден».
 */
export async function saveMySupplierDetails(ctx: ResidentContext, input: z.output<typeof mySupplierDetailsSchema>): Promise<void> {
  const mine = await findMyPremiseLink(ctx, input.premiseId);
  const supplier = (await listMySuppliers(ctx, input.premiseId)).find((s) => s.id === input.supplierId);
  if (!supplier) throw notFound("Поставщик");
  const missing = supplier.payerFields.filter((f) => !input.values[f.key]);
  if (missing.length) throw new AppError("VALIDATION", "Заполните все поля", Object.fromEntries(missing.map((f) => [f.key, [`Укажите: ${f.label}`]])));
  const values = Object.fromEntries(supplier.payerFields.map((f) => [f.key, input.values[f.key]!]));
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(clientSupplierDetails)
      .values({ orgId: mine.premise.orgId, clientId: mine.client.id, supplierId: supplier.id, values })
      .onConflictDoUpdate({ target: [clientSupplierDetails.clientId, clientSupplierDetails.supplierId], set: { values, updatedAt: sql`now()` } });
    await writeAudit(tx, residentAuditScope(ctx, mine.client), { action: "supplier_details.saved", entityType: "external_supplier", entityId: supplier.id, after: values });
  });
}
