import { and, asc, eq, isNotNull, isNull } from "drizzle-orm";
import { buildings, organisations } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";
import { buildingScope } from "@/lib/org/building-scope";

/** «Приём показаний» settings: the organisation's window and rule, and the buildings (in scope) that have their own days. */
export async function collectionWindowSettings(ctx: StaffContext) {
  const [[org], overrides] = await Promise.all([
    ctx.db
      .select({ startDay: organisations.meterWindowStartDay, endDay: organisations.meterWindowEndDay, late: organisations.meterLateReadings, reminderDay: organisations.meterReminderDay })
      .from(organisations)
      .where(eq(organisations.id, ctx.orgId)),
    ctx.db
      .select({ id: buildings.id, address: buildings.address, startDay: buildings.meterWindowStartDay, endDay: buildings.meterWindowEndDay })
      .from(buildings)
      .where(and(eq(buildings.orgId, ctx.orgId), isNull(buildings.archivedAt), isNotNull(buildings.meterWindowStartDay), buildingScope(ctx, buildings.id)))
      .orderBy(asc(buildings.address)),
  ]);
  if (!org) throw notFound("Организация");
  return { org, overrides };
}
