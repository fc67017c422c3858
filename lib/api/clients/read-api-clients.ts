import { and, asc, eq, exists, inArray, isNull, type SQL } from "drizzle-orm";
import { z } from "zod";
import { clientExternalIds, clients, premiseClients, premises } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";
import { normalizeAnyPhone } from "@/lib/validation/phone";
import { apiListQuerySchema, cursorText, listPage, withoutCursor } from "../api-page";

/** GET /api/v1/clients also filters by phone, written in any format: it is normalised as the upsert does. */
export const clientListQuerySchema = apiListQuerySchema.extend({
  phone: z
    .string()
    .trim()
    .max(40)
    .transform((v, ctx) => normalizeAnyPhone(v) ?? (ctx.addIssue({ code: "custom", message: "phone: неверный номер телефона" }), z.NEVER))
    .optional(),
});
export type ClientListQuery = z.output<typeof clientListQuerySchema>;

const fields = {
  id: clients.id,
  cursorAt: cursorText(clients),
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
  updatedAt: clients.updatedAt,
};
const select = (ctx: StaffContext) => (where: SQL | undefined, order: SQL[], limit: number) =>
  ctx.db.select(fields).from(clients).where(where).orderBy(...order).limit(limit);
type Row = Awaited<ReturnType<ReturnType<typeof select>>>[number];

const withExternalId = (ctx: StaffContext, externalId: string) =>
  exists(
    ctx.db
      .select({ one: clientExternalIds.id })
      .from(clientExternalIds)
      .where(and(eq(clientExternalIds.clientId, clients.id), eq(clientExternalIds.orgId, ctx.orgId), eq(clientExternalIds.externalId, externalId))),
  );

/** Rows as the API shows them: with every external id and the client's active premise links. */
async function shape(ctx: StaffContext, rows: Omit<Row, "cursorAt">[]) {
  const ids = rows.map((r) => r.id);
  const [externalIds, links] = ids.length
    ? await Promise.all([
        ctx.db
          .select({ clientId: clientExternalIds.clientId, externalId: clientExternalIds.externalId })
          .from(clientExternalIds)
          .where(and(eq(clientExternalIds.orgId, ctx.orgId), inArray(clientExternalIds.clientId, ids)))
          .orderBy(asc(clientExternalIds.externalId)),
        ctx.db
          .select({
            clientId: premiseClients.clientId,
            premiseId: premiseClients.premiseId,
            premiseExternalId: premises.externalId,
            basis: premiseClients.basis,
            dependsOnClientId: premiseClients.dependsOnClientId,
            ownershipShare: premiseClients.ownershipShare,
          })
          .from(premiseClients)
          .innerJoin(premises, eq(premises.id, premiseClients.premiseId))
          .where(and(eq(premiseClients.orgId, ctx.orgId), inArray(premiseClients.clientId, ids), isNull(premiseClients.removedAt)))
          .orderBy(asc(premiseClients.createdAt), asc(premiseClients.id)),
      ])
    : [[], []];
  return rows.map(({ id, blockedAt, archivedAt, ...r }) => ({
    id,
    externalIds: externalIds.filter((e) => e.clientId === id).map((e) => e.externalId),
    ...r,
    status: blockedAt ? ("blocked" as const) : ("active" as const),
    archived: archivedAt !== null,
    links: links.filter((l) => l.clientId === id).map(({ premiseId, premiseExternalId, basis, dependsOnClientId, ownershipShare }) => ({ premiseId, premiseExternalId, basis, dependsOnClientId, ownershipShare })),
  }));
}
export type ApiClient = Awaited<ReturnType<typeof shape>>[number];

/** GET /api/v1/clients: the organisation's clients in the stated order, by cursor; filters by external id, phone, updatedSince. */
export async function listApiClients(ctx: StaffContext, { externalId, phone, ...query }: ClientListQuery) {
  assertPermission(ctx, "registry.clients.view");
  const where = and(externalId ? withExternalId(ctx, externalId) : undefined, phone ? eq(clients.phone, phone) : undefined);
  return listPage(ctx.db, clients, ctx.orgId, query, where, select(ctx), (rows) => shape(ctx, rows));
}

/** GET /api/v1/clients/{id} and /api/v1/clients/external/{externalId}: one client, or 404 for anything not ours. */
export async function getApiClient(ctx: StaffContext, by: { id: string } | { externalId: string }): Promise<ApiClient> {
  assertPermission(ctx, "registry.clients.view");
  if ("id" in by && !z.uuid().safeParse(by.id).success) throw notFound("Клиент");
  const where = and(eq(clients.orgId, ctx.orgId), "id" in by ? eq(clients.id, by.id) : withExternalId(ctx, by.externalId));
  const [item] = await shape(ctx, (await select(ctx)(where, [asc(clients.id)], 1)).map(withoutCursor));
  if (!item) throw notFound("Клиент");
  return item;
}
