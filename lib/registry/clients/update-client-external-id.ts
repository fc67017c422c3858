import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { clientExternalIds } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { assertExternalIdFree } from "./client-external-id";
import type { updateClientExternalIdSchema } from "./client-external-id-schema";
import { findClientExternalId } from "./find-client-external-id";

export async function updateClientExternalId(ctx: StaffContext, { id, externalId, note }: z.output<typeof updateClientExternalIdSchema>) {
  assertPermission(ctx, "registry.clients.edit");
  return ctx.db.transaction(async (tx) => {
    const before = await findClientExternalId(tx, ctx, id);
    await assertExternalIdFree(tx, ctx.orgId, externalId, id);
    const [after] = await tx
      .update(clientExternalIds)
      .set({ externalId, note })
      .where(and(eq(clientExternalIds.id, id), eq(clientExternalIds.orgId, ctx.orgId)))
      .returning();
    await writeAudit(tx, ctx, { action: "client.external_id_updated", entityType: "client", entityId: before.clientId, before, after });
    return after ?? before;
  });
}
