import { and, asc, count, eq, isNull } from "drizzle-orm";
import { clientExternalIds, premiseClients } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { tagNamesOf } from "@/lib/registry/tags/tag-names";
import { findVisibleClient } from "./client-scope";

/** The client card: the row, its external ids with notes, its tags and how many premises it is linked to. */
export async function getClient(ctx: StaffContext, id: string) {
  assertPermission(ctx, "registry.clients.view");
  const client = await findVisibleClient(ctx.db, ctx, id);
  const [externalIds, tags, [links]] = await Promise.all([
    ctx.db
      .select({ id: clientExternalIds.id, externalId: clientExternalIds.externalId, note: clientExternalIds.note })
      .from(clientExternalIds)
      .where(and(eq(clientExternalIds.orgId, ctx.orgId), eq(clientExternalIds.clientId, id)))
      .orderBy(asc(clientExternalIds.createdAt), asc(clientExternalIds.externalId)),
    tagNamesOf(ctx.db, ctx.orgId, { clientId: id }),
    ctx.db
      .select({ n: count() })
      .from(premiseClients)
      .where(and(eq(premiseClients.orgId, ctx.orgId), eq(premiseClients.clientId, id), isNull(premiseClients.removedAt))),
  ]);
  return { ...client, externalIds, tags, linkCount: links?.n ?? 0 };
}
export type ClientCard = Awaited<ReturnType<typeof getClient>>;
