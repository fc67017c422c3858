import type { z } from "zod";
import { penaltyRates } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import type { penaltyRateCreateSchema } from "./penalty-rate-schema";

/** An organisation's own dated row (a new key rate decision, a moratorium); the product's rows stay as they are. */
export async function createPenaltyRate(ctx: StaffContext, values: z.output<typeof penaltyRateCreateSchema>) {
  assertPermission(ctx, "settings.manage");
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(penaltyRates)
      .values({ ...values, orgId: ctx.orgId })
      .returning();
    await writeAudit(tx, ctx, { action: "penalty_rate.created", entityType: "penalty_rate", entityId: row?.id, after: row });
    return row;
  });
}
