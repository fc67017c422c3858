import { asc, eq } from "drizzle-orm";
import { paymentGateways } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { paymentProviderLabels } from "../payment-vocabulary";

/** The organisation's gateways, archived ones too (old payments went through them), as choices for a filter. */
export async function gatewayOptions(ctx: StaffContext) {
  const rows = await ctx.db
    .select({ value: paymentGateways.id, name: paymentGateways.name, provider: paymentGateways.provider })
    .from(paymentGateways)
    .where(eq(paymentGateways.orgId, ctx.orgId))
    .orderBy(asc(paymentGateways.name));
  return rows.map((r) => ({ value: r.value, label: `${r.name} (${paymentProviderLabels[r.provider]})` }));
}
