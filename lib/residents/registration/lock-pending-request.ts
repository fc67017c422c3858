import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { premises, registrationRequests } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { AppError, notFound } from "@/lib/core/errors";
import { buildingScope } from "@/lib/org/building-scope";

/**
 * A pending request of the caller's organisation (and, for staff limited to some buildings, of a premise there),
 * locked so that two employees deciding at once cannot both succeed.
 */
export async function lockPendingRequest(tx: Db, ctx: Pick<StaffContext, "orgId" | "buildingIds">, id: string) {
  const [row] = await tx
    .select({ request: registrationRequests })
    .from(registrationRequests)
    .leftJoin(premises, eq(premises.id, registrationRequests.premiseId))
    .where(and(eq(registrationRequests.id, id), eq(registrationRequests.orgId, ctx.orgId), buildingScope(ctx, premises.buildingId)))
    .for("update", { of: registrationRequests });
  if (!row) throw notFound("Заявка");
  if (row.request.status !== "pending") throw new AppError("CONFLICT", "Заявка уже рассмотрена");
  return row.request;
}
