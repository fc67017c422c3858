import { createClientsByExternalId, upsertClientByExternalId } from "@/lib/registry/clients/merge-client";
import type { BulkSpec, PreparedItem } from "../run-bulk";
import { prepareClientItems, type PreparedClient } from "./prepare-client-items";
import { applyClientLinks, endUnlistedLinks } from "./sync-client-links";

/**
 * POST /api/v1/clients: clients by the merge rules of seed 002 §1, then owners' links, then dependants' links (they
 * name an owner who may arrive in the same request). A client whose links alone changed is `updated`. Clients new
 * to the organisation are created together, the rest one by one in savepoints.
 */
/** Only a client sent with `links` has its links synchronised; without the key they stay as they are. */
const withLinks = (item: PreparedItem<PreparedClient>) => item.data.links !== undefined;

export function clientBulkSpec(): BulkSpec<PreparedClient> {
  return {
    kind: "api.clients",
    prepare: prepareClientItems,
    writeMany: {
      pick: (item) => item.data.isNew || item.data.unchangedId !== undefined,
      write: async (ctx, items) => {
        const created = await createClientsByExternalId(ctx, items.filter((i) => i.data.isNew).map((i) => i.data.client));
        return items.map((i) => (i.data.isNew ? { id: created.shift()!, outcome: "created" as const } : { id: i.data.unchangedId!, outcome: "unchanged" as const }));
      },
    },
    write: async (ctx, { data: { client, fields } }) => {
      const { clientId, outcome } = await upsertClientByExternalId(ctx, client, { fields });
      return { id: clientId, outcome };
    },
    then: [
      { pick: withLinks, run: (ctx, { data: { links = [] } }, clientId) => applyClientLinks(ctx, clientId, links, false) },
      {
        pick: withLinks,
        run: async (ctx, { data: { links = [] } }, clientId) => {
          const added = await applyClientLinks(ctx, clientId, links, true);
          return (await endUnlistedLinks(ctx, clientId, links)) || added;
        },
      },
    ],
  };
}
