import type { z } from "zod";
import { clientExternalIds } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { assertExternalIdFree } from "./client-external-id";
import type { addClientExternalIdSchema } from "./client-external-id-schema";
import { lockVisibleClient } from "./client-scope";

/** A client may have ids in several accounting systems (seed 002 §13), each with a note for colleagues. */
export async function addClientExternalId(ctx: StaffContext, { clientId, externalId, note }: z.output<typeof addClientExternalIdSchema>) {
  assertPermission(ctx, "registry.clients.edit");
  return ctx.db.transaction(async (tx) => {
    await lockVisibleClient(tx, ctx, clientId);
    await assertExternalIdFree(tx, ctx.orgId, externalId);
    const [row] = await tx.insert(clientExternalIds).values({ orgId: ctx.orgId, clientId, externalId, note }).returning();
    if (!row) throw new Error("external id insert returned no row");
    await writeAudit(tx, ctx, { action: "client.external_id_added", entityType: "client", entityId: clientId, after: row });
    return row;
  });
}
