import { paymentGateways } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import type { GatewayFormInput } from "./gateway-schema";
import { auditedGateway, gatewayValues } from "./gateway-values";

/** «Платёжные шлюзы» → «Добавить»: a gateway for a legal entity, its secret sealed at rest. */
export async function createGateway(ctx: StaffContext, input: GatewayFormInput): Promise<{ id: string }> {
  assertPermission(ctx, "settings.integrations");
  return ctx.db.transaction(async (tx) => {
    const values = await gatewayValues(tx, ctx.orgId, input, false);
    const [row] = await tx
      .insert(paymentGateways)
      .values({ ...values, orgId: ctx.orgId, legalEntityId: input.legalEntityId, provider: input.provider, name: input.name })
      .returning({ id: paymentGateways.id });
    await writeAudit(tx, ctx, { action: "payment_gateway.created", entityType: "payment_gateway", entityId: row!.id, after: auditedGateway(values) });
    return { id: row!.id };
  });
}
