import { and, asc, eq, ilike, notInArray, or } from "drizzle-orm";
import type { z } from "zod";
import { buildingSuppliers, externalSuppliers } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { AppError, isUniqueViolation, notFound } from "@/lib/core/errors";
import { assertBuildingVisible } from "@/lib/org/building-scope";
import type { buildingSupplierSchema, supplierCreateSchema } from "./supplier-schema";

const supplierColumns = {
  id: externalSuppliers.id,
  name: externalSuppliers.name,
  inn: externalSuppliers.inn,
  kpp: externalSuppliers.kpp,
  bankName: externalSuppliers.bankName,
  bik: externalSuppliers.bik,
  settlementAccount: externalSuppliers.settlementAccount,
  payerFields: externalSuppliers.payerFields,
};

/** The building's «Внешние поставщики» tab (seed 000 §9): those attached, and the organisation's others matching `q`. */
export async function listBuildingSuppliers(ctx: StaffContext, buildingId: string, q = "") {
  assertPermission(ctx, "finance.tariffs.edit");
  await assertBuildingVisible(ctx.db, ctx, buildingId);
  const attached = await ctx.db
    .select(supplierColumns)
    .from(buildingSuppliers)
    .innerJoin(externalSuppliers, eq(externalSuppliers.id, buildingSuppliers.supplierId))
    .where(and(eq(buildingSuppliers.orgId, ctx.orgId), eq(buildingSuppliers.buildingId, buildingId)))
    .orderBy(asc(externalSuppliers.name));
  const text = q.trim();
  const candidates = text
    ? await ctx.db
        .select(supplierColumns)
        .from(externalSuppliers)
        .where(
          and(
            eq(externalSuppliers.orgId, ctx.orgId),
            attached.length ? notInArray(externalSuppliers.id, attached.map((s) => s.id)) : undefined,
            or(ilike(externalSuppliers.name, `%${text.replace(/[%_\\]/g, "\\$&")}%`), eq(externalSuppliers.inn, text)),
          ),
        )
        .orderBy(asc(externalSuppliers.name))
        .limit(20)
    : [];
  return { attached, candidates };
}

/** «Добавить организацию»: one of the organisation's suppliers attached to the building; twice is once. */
export async function attachSupplier(ctx: StaffContext, { buildingId, supplierId }: z.output<typeof buildingSupplierSchema>) {
  assertPermission(ctx, "finance.tariffs.edit");
  await assertBuildingVisible(ctx.db, ctx, buildingId);
  await ctx.db.transaction(async (tx) => {
    const [supplier] = await tx.select({ id: externalSuppliers.id, name: externalSuppliers.name }).from(externalSuppliers).where(and(eq(externalSuppliers.id, supplierId), eq(externalSuppliers.orgId, ctx.orgId)));
    if (!supplier) throw notFound("Поставщик");
    const [row] = await tx.insert(buildingSuppliers).values({ orgId: ctx.orgId, buildingId, supplierId }).onConflictDoNothing().returning();
    if (row) await writeAudit(tx, ctx, { action: "building_supplier.attached", entityType: "building", entityId: buildingId, after: { supplierId, name: supplier.name } });
  });
}

/** The bin on the tab (confirmed): the supplier leaves the building's residents' «Счета»; it stays for other buildings. */
export async function detachSupplier(ctx: StaffContext, { buildingId, supplierId }: z.output<typeof buildingSupplierSchema>) {
  assertPermission(ctx, "finance.tariffs.edit");
  await assertBuildingVisible(ctx.db, ctx, buildingId);
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .delete(buildingSuppliers)
      .where(and(eq(buildingSuppliers.orgId, ctx.orgId), eq(buildingSuppliers.buildingId, buildingId), eq(buildingSuppliers.supplierId, supplierId)))
      .returning();
    if (!row) throw notFound("Поставщик");
    await writeAudit(tx, ctx, { action: "building_supplier.detached", entityType: "building", entityId: buildingId, before: { supplierId } });
  });
}

/** «Новый поставщик»: the organisation's supplier with its requisites, attached to the building. ИНН is unique per org. */
export async function createSupplier(ctx: StaffContext, { buildingId, ...values }: z.output<typeof supplierCreateSchema>) {
  assertPermission(ctx, "finance.tariffs.edit");
  await assertBuildingVisible(ctx.db, ctx, buildingId);
  return ctx.db.transaction(async (tx) => {
    const [supplier] = await tx
      .insert(externalSuppliers)
      .values({ orgId: ctx.orgId, ...values, kpp: values.kpp ?? null })
      .returning()
      .catch((error: unknown) => {
        if (isUniqueViolation(error, "external_suppliers_org_inn_uq")) throw new AppError("CONFLICT", "Поставщик с этим ИНН уже есть — найдите его по ИНН", { inn: ["Поставщик с этим ИНН уже есть"] });
        throw error;
      });
    await tx.insert(buildingSuppliers).values({ orgId: ctx.orgId, buildingId, supplierId: supplier!.id });
    await writeAudit(tx, ctx, { action: "external_supplier.created", entityType: "external_supplier", entityId: supplier!.id, after: supplier });
    await writeAudit(tx, ctx, { action: "building_supplier.attached", entityType: "building", entityId: buildingId, after: { supplierId: supplier!.id, name: supplier!.name } });
    return { id: supplier!.id };
  });
}
