import { premises } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import type { ClientUpsertData, ClientUpsertField } from "@/lib/registry/clients/client-upsert-schema";
import type { LinkBasis } from "@/db/schema";
import { asObject, repeatedKeys, sentKeys } from "../bulk-body";
import { addReason, reasonsFromZod, type BulkItemError } from "../bulk-errors";
import { idsByExternalId, resolveOne } from "../external-refs";
import type { PreparedItem } from "../run-bulk";
import { parseInRussian } from "@/lib/validation/zod-messages";
import { clientItemSchema } from "./client-item-schema";
import { knownClientExternalIds } from "./known-client-external-ids";

export type ClientLinkRef = { premiseId: string; basis: LinkBasis; dependsOnExternalId: string | null };
export type PreparedClient = { client: ClientUpsertData; fields: Set<ClientUpsertField>; links?: ClientLinkRef[] };

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
    if (!errors.has(p.index)) items.push({ index: p.index, externalId: client.externalId, data: { client, fields: p.fields, links: sentLinks && refs } });
  }
  return { items, errors: [...errors.values()].sort((x, y) => x.index - y.index) };
}
