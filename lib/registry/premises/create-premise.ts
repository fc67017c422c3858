import { premises } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { replaceTags } from "@/lib/registry/tags/replace-tags";
import { findBuildingForPremise } from "./find-building-for-premise";
import type { PremiseData } from "./premise-schema";
import { premiseSaveError } from "./premise-save-error";
import { premiseSearchText } from "./premise-search-text";

/** `data` is already validated with premiseSchema by the entry point. */
export async function createPremise(ctx: StaffContext, { tags, ...data }: PremiseData) {
  assertPermission(ctx, "registry.premises.edit");
  try {
    return await ctx.db.transaction(async (tx) => {
      const building = await findBuildingForPremise(tx, ctx, data.buildingId);
      const [row] = await tx
        .insert(premises)
        .values({ ...data, orgId: ctx.orgId, searchText: premiseSearchText(building.address, data) })
        .returning();
      if (!row) throw new Error("premise insert returned no row");
      await replaceTags(tx, ctx.orgId, { premiseId: row.id }, tags);
      await writeAudit(tx, ctx, { action: "premise.created", entityType: "premise", entityId: row.id, after: { ...row, tags } });
      return row;
    });
  } catch (error) {
    throw premiseSaveError(error, data);
  }
}
