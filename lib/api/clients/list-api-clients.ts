import { and, asc, count, eq, exists, inArray } from "drizzle-orm";
import { clientExternalIds, clients } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import type { ApiList, ApiPage } from "../api-page";

/** GET /api/v1/clients: the organisation's clients with their external ids, paged; or the one with `externalId`. */
export async function listApiClients(ctx: StaffContext, { externalId, page, size }: ApiPage) {
  assertPermission(ctx, "registry.clients.view");
  const where = and(
    eq(clients.orgId, ctx.orgId),
    externalId
      ? exists(
          ctx.db
            .select({ one: clientExternalIds.id })
            .from(clientExternalIds)
            .where(and(eq(clientExternalIds.clientId, clients.id), eq(clientExternalIds.orgId, ctx.orgId), eq(clientExternalIds.externalId, externalId))),
        )
      : undefined,
  );
  const rows = await ctx.db
    .select({
      id: clients.id,
      type: clients.type,
      lastName: clients.lastName,
      firstName: clients.firstName,
      middleName: clients.middleName,
      phone: clients.phone,
      email: clients.email,
      gender: clients.gender,
      birthDate: clients.birthDate,
      inn: clients.inn,
      snils: clients.snils,
      note: clients.note,
      isTester: clients.isTester,
      blockedAt: clients.blockedAt,
      archivedAt: clients.archivedAt,
      lastSeenAt: clients.lastSeenAt,
    })
    .from(clients)
    .where(where)
    .orderBy(asc(clients.createdAt), asc(clients.id))
    .limit(size)
    .offset((page - 1) * size);
  const [total] = await ctx.db.select({ n: count() }).from(clients).where(where);
  const ids = rows.length
    ? await ctx.db
        .select({ clientId: clientExternalIds.clientId, externalId: clientExternalIds.externalId })
        .from(clientExternalIds)
        .where(and(eq(clientExternalIds.orgId, ctx.orgId), inArray(clientExternalIds.clientId, rows.map((r) => r.id))))
        .orderBy(asc(clientExternalIds.externalId))
    : [];
  const items = rows.map(({ id, blockedAt, archivedAt, ...r }) => ({
    id,
    externalIds: ids.filter((i) => i.clientId === id).map((i) => i.externalId),
    ...r,
    status: blockedAt ? "blocked" : "active",
    archived: archivedAt !== null,
  }));
  return { items, total: total?.n ?? 0, page, size } satisfies ApiList<unknown>;
}
