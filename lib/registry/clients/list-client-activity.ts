import { and, count, desc, eq, isNull, notInArray, or } from "drizzle-orm";
import { activities, buildings, premises } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { closedRequestStatuses, type ActivityType } from "@/lib/registry/activity/activity-types";
import { formatPremiseAddress } from "@/lib/registry/premise-address";
import { findVisibleClient } from "./client-scope";

const LIMIT = 200;

/** The «Активность» tab: the client's latest events, with how many there are and how many requests are in work. */
export async function listClientActivity(ctx: StaffContext, clientId: string) {
  assertPermission(ctx, "registry.clients.view");
  await findVisibleClient(ctx.db, ctx, clientId);
  const own = and(eq(activities.orgId, ctx.orgId), eq(activities.clientId, clientId));
  const [rows, [total], [inWork]] = await Promise.all([
    ctx.db
      .select({
        id: activities.id,
        type: activities.type,
        subject: activities.subject,
        status: activities.status,
        createdAt: activities.createdAt,
        premiseType: premises.type,
        premiseNumber: premises.number,
        buildingAddress: buildings.address,
      })
      .from(activities)
      .leftJoin(premises, eq(premises.id, activities.premiseId))
      .leftJoin(buildings, eq(buildings.id, premises.buildingId))
      .where(own)
      .orderBy(desc(activities.createdAt))
      .limit(LIMIT),
    ctx.db.select({ n: count() }).from(activities).where(own),
    ctx.db
      .select({ n: count() })
      .from(activities)
      .where(and(own, eq(activities.type, "request"), or(isNull(activities.status), notInArray(activities.status, closedRequestStatuses)))),
  ]);
  return {
    rows: rows.map(({ premiseType, premiseNumber, buildingAddress, ...r }) => ({
      ...r,
      type: r.type as ActivityType,
      premise: premiseType && premiseNumber && buildingAddress ? formatPremiseAddress(buildingAddress, { type: premiseType, number: premiseNumber }) : null,
    })),
    total: total?.n ?? 0,
    inWork: inWork?.n ?? 0,
  };
}
export type ClientActivity = Awaited<ReturnType<typeof listClientActivity>>;
