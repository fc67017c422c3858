import { and, eq, inArray } from "drizzle-orm";
import { meters } from "@/db/schema";
import { assertPermission, hasPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { buildingScope, inScope, outOfScope } from "@/lib/org/building-scope";
import { meterNotFound } from "./find-meter";
import type { ReadingInput } from "./meter-schema";
import { acceptReadings } from "./submit-readings";

/**
 * Readings entered in the CRM (a resident on the phone) or by an inspector going round the flats: the employee needs
 * «внесение»; «вне периода сбора» and «исправление переданных» widen what is accepted.
 */
export async function submitStaffReadings(ctx: StaffContext, { readings }: { readings: readonly (ReadingInput & { idempotencyKey?: string | null })[] }, source: "staff" | "inspector" = "staff") {
  assertPermission(ctx, "finance.readings.enter");
  const ids = [...new Set(readings.map((r) => r.meterId))];
  const found = await ctx.db
    .select({ id: meters.id, inScope: inScope(buildingScope(ctx, meters.buildingId)) })
    .from(meters)
    .where(and(eq(meters.orgId, ctx.orgId), inArray(meters.id, ids)));
  if (found.length !== ids.length) throw meterNotFound();
  if (found.some((m) => !m.inScope)) throw outOfScope();
  const rights = { outOfPeriod: hasPermission(ctx, "finance.readings.out_of_period"), correct: hasPermission(ctx, "finance.readings.correct") };
  return ctx.db.transaction((tx) => acceptReadings(tx, { orgId: ctx.orgId, actor: ctx.actor, ip: ctx.ip, source }, rights, ctx.timezone, readings));
}
