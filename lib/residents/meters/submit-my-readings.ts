import { and, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import { meters, organisations } from "@/db/schema";
import { meterNotFound } from "@/lib/meters/find-meter";
import type { readingsSubmission } from "@/lib/meters/meter-schema";
import { acceptReadings } from "@/lib/meters/submit-readings";
import type { ResidentContext } from "../resident-context";
import { residentAuditScope } from "../resident-context";
import { findMyPremiseLink } from "../premises/my-premise-link";

/**
 * A resident's readings for the meters of one of their premises. The window and the rules are the organisation's;
 * a resident never books outside the window's rules and never overwrites what the organisation accepted.
 */
export async function submitMyReadings(ctx: ResidentContext, premiseId: string, { readings }: z.output<typeof readingsSubmission>) {
  const mine = await findMyPremiseLink(ctx, premiseId);
  const orgId = mine.premise.orgId;
  const ids = [...new Set(readings.map((r) => r.meterId))];
  const found = await ctx.db
    .select({ id: meters.id })
    .from(meters)
    .where(and(eq(meters.orgId, orgId), eq(meters.premiseId, premiseId), inArray(meters.id, ids)));
  if (found.length !== ids.length) throw meterNotFound();
  const [org] = await ctx.db.select({ timezone: organisations.timezone }).from(organisations).where(eq(organisations.id, orgId));
  const scope = { ...residentAuditScope(ctx, mine.client), source: "resident" as const };
  return ctx.db.transaction((tx) => acceptReadings(tx, scope, { outOfPeriod: false, correct: false }, org?.timezone ?? "Europe/Moscow", readings));
}
