import { upsertClientByExternalId } from "@/lib/registry/clients/merge-client";
import type { BulkSpec } from "../run-bulk";
import { prepareClientItems, type PreparedClient } from "./prepare-client-items";
import { applyClientLinks, endUnlistedLinks } from "./sync-client-links";

/**
 * POST /api/v1/clients: clients by the merge rules of seed 002 §1, then owners' links, then dependants' links (they
 * name an owner who may arrive in the same request). A client whose links alone changed is `updated`.
 */
export function clientBulkSpec(): BulkSpec<PreparedClient> {
  return {
    kind: "api.clients",
    prepare: prepareClientItems,
    write: async (ctx, { data: { client, fields } }) => {
      const { clientId, outcome } = await upsertClientByExternalId(ctx, client, { fields });
      return { id: clientId, outcome };
    },
    then: [
      async (ctx, { data: { links } }, clientId) => (links ? applyClientLinks(ctx, clientId, links, false) : false),
      async (ctx, { data: { links } }, clientId) => {
        if (!links) return false;
        const added = await applyClientLinks(ctx, clientId, links, true);
        return (await endUnlistedLinks(ctx, clientId, links)) || added;
      },
    ],
  };
}
