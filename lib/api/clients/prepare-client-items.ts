import { and, eq, inArray, isNull } from "drizzle-orm";
import { clientExternalIds, clients, premises } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import type { ClientUpsertData, ClientUpsertField } from "@/lib/registry/clients/client-upsert-schema";
import { upsertChangesNothing, type StoredClient } from "@/lib/registry/clients/merge-client";
import type { LinkBasis } from "@/db/schema";
import { asObject, repeatedKeys, sentKeys } from "../bulk-body";
import { addReason, reasonsFromZod, type BulkItemError } from "../bulk-errors";
import { idsByExternalId, resolveOne } from "../external-refs";
import type { PreparedItem } from "../run-bulk";
import { parseInRussian } from "@/lib/validation/zod-messages";
import { clientItemSchema } from "./client-item-schema";
import { knownClientExternalIds } from "./known-client-external-ids";

export type ClientLinkRef = { premiseId: string; basis: LinkBasis; dependsOnExternalId: string | null };
/**
 * `isNew`: nothing in the organisation or the request can make this client anything but a creation (rule 4).
 * `unchangedId`: the stored client this item would leave exactly as it is, and no other item of the request can
 * touch (its phone is sent by no other item).
 */
export type PreparedClient = { client: ClientUpsertData; fields: Set<ClientUpsertField>; links?: ClientLinkRef[]; isNew: boolean; unchangedId?: string };

/** Clients of the organisation by the external ids they hold. */
async function clientsByExternalId(ctx: StaffContext, externalIds: string[]): Promise<Map<string, StoredClient>> {
  const found = new Map<string, StoredClient>();
  for (let start = 0; start < externalIds.length; start += 5000) {
    const rows = await ctx.db
      .select({ externalId: clientExternalIds.externalId, client: clients })
      .from(clientExternalIds)
      .innerJoin(clients, eq(clients.id, clientExternalIds.clientId))
      .where(and(eq(clientExternalIds.orgId, ctx.orgId), inArray(clientExternalIds.externalId, externalIds.slice(start, start + 5000))));
    for (const row of rows) found.set(row.externalId, row.client);
  }
  return found;
}

/** Active clients of the organisation holding any of these phones. */
async function heldPhones(ctx: StaffContext, phones: string[]): Promise<Set<string>> {
  const held = new Set<string>();
  const wanted = [...new Set(phones)];
  for (let start = 0; start < wanted.length; start += 5000) {
    const rows = await ctx.db
      .select({ phone: clients.phone })
      .from(clients)
      .where(and(eq(clients.orgId, ctx.orgId), isNull(clients.archivedAt), inArray(clients.phone, wanted.slice(start, start + 5000))));
    for (const row of rows) if (row.phone) held.add(row.phone);
  }
  return held;
}

const externalIdOf = (raw: unknown) => {
  const id = asObject(raw).externalId;
  return id === undefined || id === null ? undefined : String(id);
};

/** Every client item parsed, repeats and unknown premises or owners reported, before anything is written. */
export async function prepareClientItems(ctx: StaffContext, raw: unknown[]) {
  const errors = new Map<number, BulkItemError>();
  const parsed = raw.map((item, index) => {
    const result = parseInRussian(clientItemSchema, item);
    if (result.success) return { index, data: result.data, fields: sentKeys(item) as Set<ClientUpsertField> };
    errors.set(index, { index, externalId: externalIdOf(item), reasons: reasonsFromZod(result.error) });
    return null;
  });

  for (const [index, earlier] of repeatedKeys(parsed.map((p) => p?.data.externalId))) {
    addReason(errors, index, { field: "externalId", message: `Этот внешний идентификатор уже передан в элементе ${earlier}` }, externalIdOf(raw[index]));
  }
  const links = parsed.flatMap((p) => p?.data.links ?? []);
  const premiseIds = await idsByExternalId(ctx.db, premises, ctx.orgId, links.map((l) => l.premiseExternalId));
  const owners = links.flatMap((l) => (l.dependsOnExternalId ? [l.dependsOnExternalId] : []));
  const knownOwners = await knownClientExternalIds(ctx, owners, new Set(parsed.flatMap((p) => (p ? [p.data.externalId] : []))));

  const sentIds = parsed.flatMap((p) => (p ? [p.data.externalId] : []));
  const sentPhones = parsed.flatMap((p) => (p?.data.phone ? [p.data.phone] : []));
  const [stored, held] = await Promise.all([clientsByExternalId(ctx, sentIds), heldPhones(ctx, sentPhones)]);
  const phoneUses = new Map<string, number>();
  for (const phone of sentPhones) phoneUses.set(phone, (phoneUses.get(phone) ?? 0) + 1);
  const isNew = (c: ClientUpsertData) => !stored.has(c.externalId) && c.tags.length === 0 && (!c.phone || (phoneUses.get(c.phone) === 1 && !held.has(c.phone)));
  function unchangedId(c: ClientUpsertData, fields: Set<ClientUpsertField>): string | undefined {
    const before = stored.get(c.externalId);
    if (!before || (before.phone && (phoneUses.get(before.phone) ?? 0) > (c.phone === before.phone ? 1 : 0))) return undefined;
    return upsertChangesNothing(before, c, fields) ? before.id : undefined;
  }

  const items: PreparedItem<PreparedClient>[] = [];
  for (const p of parsed) {
    if (!p) continue;
    const { links: sentLinks, ...client } = p.data;
    const refs: ClientLinkRef[] = [];
    sentLinks?.forEach((link, i) => {
      const premise = resolveOne(premiseIds, link.premiseExternalId, { noun: "Помещение", notFound: "не найдено" });
      if ("message" in premise) addReason(errors, p.index, { field: `links.${i}.premiseExternalId`, message: premise.message }, client.externalId);
      else refs.push({ premiseId: premise.id, basis: link.basis, dependsOnExternalId: link.dependsOnExternalId });
      if (link.dependsOnExternalId && !knownOwners.has(link.dependsOnExternalId)) {
        const message = `Клиент с внешним идентификатором «${link.dependsOnExternalId}» не найден ни в организации, ни в запросе`;
        addReason(errors, p.index, { field: `links.${i}.dependsOnExternalId`, message }, client.externalId);
      }
    });
    if (!errors.has(p.index)) items.push({ index: p.index, externalId: client.externalId, data: { client, fields: p.fields, links: sentLinks && refs, isNew: isNew(client), unchangedId: unchangedId(client, p.fields) } });
  }
  return { items, errors: [...errors.values()].sort((x, y) => x.index - y.index) };
}
