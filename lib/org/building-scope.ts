import { inArray, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";

/** Condition limiting a building id column to the employee's scope; undefined when they see every building. */
export function buildingScope(ctx: Pick<StaffContext, "buildingIds">, column: PgColumn): SQL | undefined {
  if (ctx.buildingIds === null) return undefined;
  return ctx.buildingIds.length ? inArray(column, [...ctx.buildingIds]) : sql`false`;
}

export function assertBuildingInScope(ctx: Pick<StaffContext, "buildingIds">, buildingId: string): void {
  if (ctx.buildingIds !== null && !ctx.buildingIds.includes(buildingId)) throw notFound("Объект");
}
