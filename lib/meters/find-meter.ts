import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { meters } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";
import { buildingScope, inScope, outOfScope } from "@/lib/org/building-scope";

export const meterNotFound = () => notFound("Прибор учёта");

/** A meter of the caller's organisation in their building scope (404 for another organisation's id, 403 outside). */
export async function findMeter(db: Db, ctx: Pick<StaffContext, "orgId" | "buildingIds">, id: string, { lock = false } = {}) {
  const query = db
    .select({ meter: meters, inScope: inScope(buildingScope(ctx, meters.buildingId)) })
    .from(meters)
    .where(and(eq(meters.id, id), eq(meters.orgId, ctx.orgId)))
    .$dynamic();
  const [row] = await (lock ? query.for("update", { of: meters }) : query);
  if (!row) throw meterNotFound();
  if (!row.inScope) throw outOfScope();
  return row.meter;
}
export type MeterRow = Awaited<ReturnType<typeof findMeter>>;
