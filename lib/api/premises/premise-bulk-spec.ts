import { and, eq, isNull } from "drizzle-orm";
import { premises } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { createPremise } from "@/lib/registry/premises/create-premise";
import type { PremiseData } from "@/lib/registry/premises/premise-schema";
import { updatePremise } from "@/lib/registry/premises/update-premise";
import type { BulkSpec } from "../run-bulk";
import { preparePremiseItems, type PreparedPremise } from "./prepare-premise-items";

/** A premise entered by hand before the integration (same building, type and number, no external id) is adopted. */
async function unclaimedTwin(ctx: StaffContext, p: PremiseData): Promise<string | undefined> {
  const [row] = await ctx.db
    .select({ id: premises.id })
    .from(premises)
    .where(
      and(
        eq(premises.orgId, ctx.orgId),
        eq(premises.buildingId, p.buildingId),
        eq(premises.type, p.type),
        eq(premises.number, p.number),
        isNull(premises.externalId),
        isNull(premises.archivedAt),
      ),
    );
  return row?.id;
}

/** POST /api/v1/premises: upsert by external id through the premise services staff use. */
export function premiseBulkSpec(): BulkSpec<PreparedPremise> {
  return {
    kind: "api.premises",
    prepare: preparePremiseItems,
    phases: [
      async (ctx, { data: { existingId, premise } }) => {
        const id = existingId ?? (await unclaimedTwin(ctx, premise));
        if (id) {
          await updatePremise(ctx, { ...premise, id });
          return "updated";
        }
        await createPremise(ctx, premise);
        return "created";
      },
    ],
  };
}
