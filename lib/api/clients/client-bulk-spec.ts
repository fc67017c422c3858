import type { StaffContext } from "@/lib/core/context";
import { upsertClientByExternalId } from "@/lib/registry/clients/merge-client";
import type { BulkSpec } from "../run-bulk";
import { prepareClientItems, type PreparedClient } from "./prepare-client-items";
import { applyClientLinks, endUnlistedLinks } from "./sync-client-links";

/** POST /api/v1/clients: clients by the merge rules of seed 002 §1, then owners' links, then dependants' links. */
export function clientBulkSpec(): BulkSpec<PreparedClient> {
  const clientIds = new Map<number, string>();
  const withLinks = (run: (ctx: StaffContext, clientId: string, links: PreparedClient["links"] & object) => Promise<void>) =>
    async (ctx: StaffContext, item: { index: number; data: PreparedClient }) => {
      const clientId = clientIds.get(item.index);
      if (clientId && item.data.links) await run(ctx, clientId, item.data.links);
    };
  return {
    kind: "api.clients",
    prepare: prepareClientItems,
    phases: [
      async (ctx, { index, data: { client, fields } }) => {
        const result = await upsertClientByExternalId(ctx, client, { fields });
        clientIds.set(index, result.clientId);
        return result.outcome;
      },
      withLinks((ctx, clientId, links) => applyClientLinks(ctx, clientId, links, false)),
      withLinks(async (ctx, clientId, links) => {
        await applyClientLinks(ctx, clientId, links, true);
        await endUnlistedLinks(ctx, clientId, links);
      }),
    ],
  };
}
