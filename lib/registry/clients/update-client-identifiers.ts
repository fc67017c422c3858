import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { clients } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import type { clientIdentifiersSchema } from "./client-schema";
import { lockVisibleClient } from "./client-scope";

/** Saves ИНН and СНИЛС from the «Прочее» tab (checksums are verified by the schema). */
export async function updateClientIdentifiers(ctx: StaffContext, { id, inn, snils }: z.output<typeof clientIdentifiersSchema>) {
  assertPermission(ctx, "registry.clients.edit");
  return ctx.db.transaction(async (tx) => {
    const before = await lockVisibleClient(tx, ctx, id);
    await tx
      .update(clients)
      .set({ inn, snils })
      .where(and(eq(clients.id, id), eq(clients.orgId, ctx.orgId)));
    await writeAudit(tx, ctx, {
      action: "client.identifiers_updated",
      entityType: "client",
      entityId: id,
      before: { inn: before.inn, snils: before.snils },
      after: { inn, snils },
    });
    return { id, inn, snils };
  });
}
