import { and, eq, isNull } from "drizzle-orm";
import { paymentGateways } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";

/** Deleting a gateway archives it: payments made through it keep pointing at it, no new ones start. */
export async function archiveGateway(ctx: StaffContext, id: string): Promise<void> {
  assertPermission(ctx, "settings.integrations");
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(paymentGateways)
      .set({ archivedAt: new Date(), isActive: false, updatedAt: new Date() })
      .where(and(eq(paymentGateways.id, id), eq(paymentGateways.orgId, ctx.orgId), isNull(paymentGateways.archivedAt)))
      .returning({ name: paymentGateways.name, archivedAt: paymentGateways.archivedAt });
    if (!row) throw notFound("Платёжный шлюз");
    await writeAudit(tx, ctx, { action: "payment_gateway.archived", entityType: "payment_gateway", entityId: id, before: { name: row.name, archivedAt: null }, after: { name: row.name, archivedAt: row.archivedAt } });
  });
}
