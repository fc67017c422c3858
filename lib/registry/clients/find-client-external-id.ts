import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { clientExternalIds } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { lockVisibleClient } from "./client-scope";

/** An external-id row of a client the caller may edit; its client is locked for the rest of the transaction. */
export async function findClientExternalId(tx: Db, ctx: StaffContext, id: string) {
  const [row] = await tx
    .select()
    .from(clientExternalIds)
    .where(and(eq(clientExternalIds.id, id), eq(clientExternalIds.orgId, ctx.orgId)));
  if (!row) throw new AppError("NOT_FOUND", "Внешний идентификатор не найден");
  await lockVisibleClient(tx, ctx, row.clientId);
  return row;
}
