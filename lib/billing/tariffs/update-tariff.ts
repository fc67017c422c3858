import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { tariffPrices, tariffs } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { assertPayee, priceColumns, tariffColumns } from "./create-tariff";
import { findTariff } from "./find-tariff";
import type { tariffUpdateSchema } from "./tariff-schema";

/**
 * Editing a tariff in the dialog. The price belongs to its «Действует с» date: a new date adds a price row (the old
 * one stays in history, and invoices already priced keep their own snapshot), the same date corrects that row.
 */
export async function updateTariff(ctx: StaffContext, { id, ...values }: z.output<typeof tariffUpdateSchema>) {
  assertPermission(ctx, "finance.tariffs.edit");
  return ctx.db.transaction(async (tx) => {
    const before = await findTariff(tx, ctx, id, { lock: true });
    await assertPayee(tx, ctx.orgId, values.legalEntityId, values.bankAccountId);
    const [priceBefore] = await tx
      .select()
      .from(tariffPrices)
      .where(and(eq(tariffPrices.tariffId, id), eq(tariffPrices.validFrom, values.validFrom)));
    const [after] = await tx.update(tariffs).set(tariffColumns(values)).where(eq(tariffs.id, id)).returning();
    if (!after) throw new Error("tariff update returned no row");
    const price = priceColumns(values);
    const [priceAfter] = await tx
      .insert(tariffPrices)
      .values({ ...price, orgId: ctx.orgId, tariffId: id })
      .onConflictDoUpdate({ target: [tariffPrices.tariffId, tariffPrices.validFrom], set: price })
      .returning();
    await writeAudit(tx, ctx, { action: "tariff.updated", entityType: "tariff", entityId: id, before: { ...before, price: priceBefore ?? null }, after: { ...after, price: priceAfter } });
    return after;
  });
}
