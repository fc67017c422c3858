import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { buildings, organisations } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";
import { assertBuildingInScope } from "@/lib/org/building-scope";
import type { buildingCollectionWindowSchema, orgCollectionWindowSchema } from "./meter-schema";

type WindowUpdate =
  | ({ scope: "organisation" } & z.output<typeof orgCollectionWindowSchema>)
  | ({ scope: "building" } & z.output<typeof buildingCollectionWindowSchema>);

/**
 * The collection window: the organisation's days and late-reading rule, or one building's own days
 * (blank days: the building follows the organisation again). Submissions read them through collectionWindows().
 */
export async function updateCollectionWindow(ctx: StaffContext, update: WindowUpdate) {
  assertPermission(ctx, "settings.manage");
  return ctx.db.transaction(async (tx) => {
    if (update.scope === "organisation") {
      const columns = { meterWindowStartDay: organisations.meterWindowStartDay, meterWindowEndDay: organisations.meterWindowEndDay, meterLateReadings: organisations.meterLateReadings };
      const [before] = await tx.select(columns).from(organisations).where(eq(organisations.id, ctx.orgId)).for("update");
      if (!before) throw notFound("Организация");
      const [after] = await tx
        .update(organisations)
        .set({ meterWindowStartDay: update.startDay, meterWindowEndDay: update.endDay, meterLateReadings: update.late })
        .where(eq(organisations.id, ctx.orgId))
        .returning(columns);
      await writeAudit(tx, ctx, { action: "meter_window.updated", entityType: "organisation", entityId: ctx.orgId, before, after });
      return after;
    }
    const columns = { meterWindowStartDay: buildings.meterWindowStartDay, meterWindowEndDay: buildings.meterWindowEndDay };
    const where = and(eq(buildings.id, update.buildingId), eq(buildings.orgId, ctx.orgId));
    const [before] = await tx.select(columns).from(buildings).where(where).for("update");
    if (!before) throw notFound("Объект");
    assertBuildingInScope(ctx, update.buildingId);
    const [after] = await tx.update(buildings).set({ meterWindowStartDay: update.startDay, meterWindowEndDay: update.endDay }).where(where).returning(columns);
    await writeAudit(tx, ctx, { action: "meter_window.updated", entityType: "building", entityId: update.buildingId, before, after });
    return after;
  });
}
