import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { buildings } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";
import { refreshPremiseSearchText } from "@/lib/registry/premises/refresh-premise-search-text";
import { assertBuildingAddressFree } from "./assert-building-address-free";
import { assertBuildingRefs } from "./assert-building-refs";
import { assertBuildingInScope } from "./building-scope";
import { buildingUpdateSchema, formatBuildingAddress } from "./building-schema";

export async function updateBuilding(ctx: StaffContext, { id, ...data }: z.output<typeof buildingUpdateSchema>) {
  assertPermission(ctx, "settings.manage");
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(buildings)
      .where(and(eq(buildings.id, id), eq(buildings.orgId, ctx.orgId)))
      .for("update");
    if (!before) throw notFound("Объект");
    assertBuildingInScope(ctx, id);
    await assertBuildingRefs(tx, ctx.orgId, data);
    const address = formatBuildingAddress(data);
    await assertBuildingAddressFree(tx, ctx.orgId, address, id);
    const [after] = await tx
      .update(buildings)
      .set({ ...data, address })
      .where(and(eq(buildings.id, id), eq(buildings.orgId, ctx.orgId)))
      .returning();
    if (after!.address !== before.address) await refreshPremiseSearchText(tx, ctx.orgId, id, after!.address);
    await writeAudit(tx, ctx, { action: "building.updated", entityType: "building", entityId: id, before, after });
    return after!;
  });
}
