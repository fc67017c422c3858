import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { buildings } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { outOfScope, seesBuilding } from "@/lib/org/building-scope";

/**
 * The building a premise is placed in: the organisation's own (else 404) and in the employee's scope (else 403). A premise may only be
 * put into an active building, but one that stays where it is keeps its (perhaps since archived) building.
 */
export async function findBuildingForPremise(
  db: Db,
  ctx: Pick<StaffContext, "orgId" | "buildingIds">,
  buildingId: string,
  { allowArchived = false } = {},
) {
  const notFound = () => new AppError("NOT_FOUND", "Объект не найден", { buildingId: ["Объект не найден"] });
  const [building] = await db
    .select({ id: buildings.id, address: buildings.address })
    .from(buildings)
    .where(and(eq(buildings.id, buildingId), eq(buildings.orgId, ctx.orgId), allowArchived ? undefined : isNull(buildings.archivedAt)));
  if (!building) throw notFound();
  if (!seesBuilding(ctx, buildingId)) throw outOfScope("buildingId");
  return building;
}
