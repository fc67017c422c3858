import { buildings } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { assertBuildingAddressFree } from "./assert-building-address-free";
import { assertBuildingRefs } from "./assert-building-refs";
import { formatBuildingAddress, type BuildingData } from "./building-schema";

/** `data` is already validated with buildingSchema by the entry point. */
export async function createBuilding(ctx: StaffContext, data: BuildingData) {
  assertPermission(ctx, "settings.manage");
  return ctx.db.transaction(async (tx) => {
    await assertBuildingRefs(tx, ctx.orgId, data);
    const address = formatBuildingAddress(data);
    await assertBuildingAddressFree(tx, ctx.orgId, address);
    const [row] = await tx
      .insert(buildings)
      .values({ ...data, orgId: ctx.orgId, address })
      .returning();
    if (!row) throw new Error("building insert returned no row");
    await writeAudit(tx, ctx, { action: "building.created", entityType: "building", entityId: row.id, after: row });
    return row;
  });
}
