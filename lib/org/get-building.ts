import { and, eq } from "drizzle-orm";
import { buildings } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";
import { assertBuildingInScope } from "./building-scope";

export async function getBuilding(ctx: StaffContext, id: string) {
  const [row] = await ctx.db
    .select()
    .from(buildings)
    .where(and(eq(buildings.id, id), eq(buildings.orgId, ctx.orgId)))
    .limit(1);
  if (!row) throw notFound("Объект");
  assertBuildingInScope(ctx, id);
  return row;
}
