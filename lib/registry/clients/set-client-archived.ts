import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { clients, premiseClients } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { assertPhoneFree } from "./client-phone";
import { lockVisibleClient } from "./client-scope";
import { withPhoneConflict } from "./phone-conflict";

export const setClientArchivedSchema = z.object({ id: z.uuid("Неверный идентификатор"), archived: z.boolean() });

/**
 * Clients are archived, never deleted. Archiving also ends the client's links to premises (they lose the cabinet's
 * access to them); restoring brings the card back, but links are made again by staff. The phone must still be free.
 */
export async function setClientArchived(ctx: StaffContext, { id, archived }: z.output<typeof setClientArchivedSchema>) {
  assertPermission(ctx, "registry.clients.edit");
  return withPhoneConflict(() =>
    ctx.db.transaction(async (tx) => {
      const before = await lockVisibleClient(tx, ctx, id);
      if (Boolean(before.archivedAt) === archived) return before;
      if (!archived) await assertPhoneFree(tx, ctx.orgId, before.phone, id);
      const now = new Date();
      const unlinked = archived
        ? await tx
            .update(premiseClients)
            .set({ removedAt: now })
            .where(and(eq(premiseClients.orgId, ctx.orgId), eq(premiseClients.clientId, id), isNull(premiseClients.removedAt)))
            .returning({ id: premiseClients.id, premiseId: premiseClients.premiseId })
        : [];
      const [after] = await tx
        .update(clients)
        .set({ archivedAt: archived ? now : null })
        .where(and(eq(clients.id, id), eq(clients.orgId, ctx.orgId)))
        .returning();
      await writeAudit(tx, ctx, {
        action: archived ? "client.archived" : "client.restored",
        entityType: "client",
        entityId: id,
        before: { archivedAt: before.archivedAt },
        after: { archivedAt: after?.archivedAt ?? null, unlinkedPremiseIds: unlinked.map((l) => l.premiseId) },
      });
      return after ?? before;
    }),
  );
}
