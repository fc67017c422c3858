import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { penaltyRates } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";
import type { penaltyRateDeleteSchema } from "./penalty-rate-schema";

/**
 * Removes one of the organisation's own rows. Penalties already charged keep their calculation on the invoice line;
 * the audit row keeps what was removed. Product rows (org_id null) are not the organisation's: «не найдена».
 */
export async function deletePenaltyRate(ctx: StaffContext, { id }: z.output<typeof penaltyRateDeleteSchema>) {
  assertPermission(ctx, "settings.manage");
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .delete(penaltyRates)
      .where(and(eq(penaltyRates.id, id), eq(penaltyRates.orgId, ctx.orgId)))
      .returning();
    if (!before) throw notFound("Ставка");
    await writeAudit(tx, ctx, { action: "penalty_rate.deleted", entityType: "penalty_rate", entityId: id, before });
    return { id };
  });
}
