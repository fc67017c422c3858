import { and, count, eq, isNotNull, notInArray } from "drizzle-orm";
import { activities } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { closedRequestStatuses } from "./activity-types";

/**
 * The two numbers on the «Активность» tab (seed 002 §9): requests still in work, and all events. The caller has
 * already loaded the premise through findPremise/getPremise, which checked organisation and scope.
 */
export async function countPremiseActivity(ctx: StaffContext, premiseId: string) {
  const ofPremise = and(eq(activities.orgId, ctx.orgId), eq(activities.premiseId, premiseId));
  const [[all], [open]] = await Promise.all([
    ctx.db.select({ n: count() }).from(activities).where(ofPremise),
    ctx.db
      .select({ n: count() })
      .from(activities)
      .where(and(ofPremise, eq(activities.type, "request"), isNotNull(activities.status), notInArray(activities.status, closedRequestStatuses))),
  ]);
  return { all: all?.n ?? 0, openRequests: open?.n ?? 0 };
}
