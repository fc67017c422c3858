import { inArray, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { buildings } from "@/db/schema";
import { assertOwned } from "@/lib/core/assert-owned";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";

/**
 * The one rule for records out of reach: another organisation's id answers «не найден» (404), so ids cannot be
 * probed; a record of the employee's own organisation in a building outside their scope answers 403 — that the
 * house exists is no secret to a colleague, and «не найдено» would send them looking for a typo.
 */
export function outOfScope(field?: string): AppError {
  const message = "Этот дом не входит в ваши объекты. Доступ к домам выдаёт руководитель";
  return new AppError("FORBIDDEN", message, field ? { [field]: [message] } : undefined);
}

/** Condition limiting a building id column to the employee's scope; undefined when they see every building. */
export function buildingScope(ctx: Pick<StaffContext, "buildingIds">, column: PgColumn): SQL | undefined {
  if (ctx.buildingIds === null) return undefined;
  return ctx.buildingIds.length ? inArray(column, [...ctx.buildingIds]) : sql`false`;
}

/** A selected column telling whether the row is in scope: one query then tells «not ours» (no row) from «not yours». */
export function inScope(condition: SQL | undefined): SQL<boolean> {
  return condition ? sql<boolean>`coalesce(${condition}, false)` : sql<boolean>`true`;
}

export const seesBuilding = (ctx: Pick<StaffContext, "buildingIds">, buildingId: string) => ctx.buildingIds === null || ctx.buildingIds.includes(buildingId);

/** Refuses a building id outside the employee's scope (the caller has already checked it is the organisation's). */
export function assertBuildingInScope(ctx: Pick<StaffContext, "buildingIds">, buildingId: string): void {
  if (!seesBuilding(ctx, buildingId)) throw outOfScope();
}

/** A building of the organisation (else 404) that the employee may work with (else 403). */
export async function assertBuildingVisible(db: Db, ctx: Pick<StaffContext, "orgId" | "buildingIds">, buildingId: string): Promise<void> {
  await assertOwned(db, ctx.orgId, buildings, buildingId, "Объект");
  assertBuildingInScope(ctx, buildingId);
}
