import { and, eq } from "drizzle-orm";
import { premises } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { replaceTags } from "@/lib/registry/tags/replace-tags";
import { tagNamesOf } from "@/lib/registry/tags/tag-names";
import { findBuildingForPremise } from "./find-building-for-premise";
import { findPremise } from "./find-premise";
import { premiseNotFound } from "./premise-errors";
import type { PremiseUpdateData } from "./premise-schema";
import { premiseSaveError } from "./premise-save-error";
import { premiseSearchText } from "./premise-search-text";

export async function updatePremise(ctx: StaffContext, { id, tags, ...data }: PremiseUpdateData) {
  assertPermission(ctx, "registry.premises.edit");
  try {
    return await ctx.db.transaction(async (tx) => {
      const before = await findPremise(tx, ctx, id, { lock: true, active: true });
      const building = await findBuildingForPremise(tx, ctx, data.buildingId, { allowArchived: data.buildingId === before.buildingId });
      const tagsBefore = await tagNamesOf(tx, ctx.orgId, { premiseId: id });
      const [after] = await tx
        .update(premises)
        .set({ ...data, searchText: premiseSearchText(building.address, data) })
        .where(and(eq(premises.id, id), eq(premises.orgId, ctx.orgId)))
        .returning();
      await replaceTags(tx, ctx.orgId, { premiseId: id }, tags);
      await writeAudit(tx, ctx, {
        action: "premise.updated",
        entityType: "premise",
        entityId: id,
        before: { ...before, tags: tagsBefore },
        after: { ...after, tags },
      });
      if (!after) throw premiseNotFound();
      return after;
    });
  } catch (error) {
    throw premiseSaveError(error, data);
  }
}
