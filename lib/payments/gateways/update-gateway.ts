import { and, eq, isNull } from "drizzle-orm";
import { paymentGateways } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";
import type { GatewayFormInput } from "./gateway-schema";
import { auditedGateway, gatewayValues } from "./gateway-values";

/** Editing a gateway; a blank secret keeps the stored one (it is never shown, so it cannot be «left as is» otherwise). */
export async function updateGateway(ctx: StaffContext, id: string, input: GatewayFormInput): Promise<void> {
  assertPermission(ctx, "settings.integrations");
  await ctx.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(paymentGateways)
      .where(and(eq(paymentGateways.id, id), eq(paymentGateways.orgId, ctx.orgId), isNull(paymentGateways.archivedAt)))
      .for("update");
    if (!current) throw notFound("Платёжный шлюз");
    // Another provider's secret means nothing to this one: switching providers asks for a new secret.
    const keeps = current.secretEncrypted !== null && current.provider === input.provider;
    const values = await gatewayValues(tx, ctx.orgId, input, keeps);
    await tx.update(paymentGateways).set({ ...values, updatedAt: new Date() }).where(eq(paymentGateways.id, id));
    await writeAudit(tx, ctx, { action: "payment_gateway.updated", entityType: "payment_gateway", entityId: id, before: auditedGateway(current), after: auditedGateway(values) });
  });
}
