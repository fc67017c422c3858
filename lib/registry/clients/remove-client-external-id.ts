import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { clientExternalIds } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import type { removeClientExternalIdSchema } from "./client-external-id-schema";
import { findClientExternalId } from "./find-client-external-id";

/** The id stops matching imports; the audit log keeps what it was. */
export async function removeClientExternalId(ctx: StaffContext, { id }: z.output<typeof removeClientExternalIdSchema>) {
  assertPermission(ctx, "registry.clients.edit");
  return ctx.db.transaction(async (tx) => {
    const before = await findClientExternalId(tx, ctx, id);
    await tx.delete(clientExternalIds).where(and(eq(clientExternalIds.id, id), eq(clientExternalIds.orgId, ctx.orgId)));
    await writeAudit(tx, ctx, { action: "client.external_id_removed", entityType: "client", entityId: before.clientId, before });
    return { clientId: before.clientId };
  });
}
