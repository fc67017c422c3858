import { and, asc, eq, exists, inArray, isNull, type SQL } from "drizzle-orm";
import { z } from "zod";
import { clientExternalIds, clients, premiseClients, premises } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { normalizeAnyPhone } from "@/lib/validation/phone";
import { apiListQuerySchema, apiReader, cursorText } from "../api-page";

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
const withExternalId = (ctx: StaffContext, externalId: string) =>
  exists(
    ctx.db
      .select({ one: clientExternalIds.id })
      .from(clientExternalIds)
      .where(and(eq(clientExternalIds.clientId, clients.id), eq(clientExternalIds.orgId, ctx.orgId), eq(clientExternalIds.externalId, externalId))),
  );

/** Rows as the API shows them: with every external id and the client's active premise links. */
const select = (ctx: StaffContext) => (where: SQL | undefined, order: SQL[], limit: number) =>
  ctx.db.select(fields).from(clients).where(where).orderBy(...order).limit(limit);
type Row = Awaited<ReturnType<ReturnType<typeof select>>>[number];

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
/** GET /api/v1/clients (+ /{id}, /external/{externalId}): clients with every external id and their premise links. */
export const clientsReader = apiReader({
  table: clients,
  permission: "registry.clients.view",
  noun: "Клиент",
  select,
  shape,
  byExternalId: withExternalId,
});

/** The list's own filters: by any of a client's external ids, and by phone written in any format. */
export function listApiClients(ctx: StaffContext, { externalId, phone, ...query }: ClientListQuery) {
  return clientsReader.list(ctx, query, and(externalId ? withExternalId(ctx, externalId) : undefined, phone ? eq(clients.phone, phone) : undefined));
}
