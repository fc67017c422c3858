import { and, eq, isNull } from "drizzle-orm";
import { clientExternalIds, premiseClients } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { needsMaster } from "@/lib/registry/links/link-bases";
import { linkClient } from "@/lib/registry/links/link-client";
import { linkSchema, linkUpdateSchema } from "@/lib/registry/links/link-schema";
import { unlinkClient } from "@/lib/registry/links/unlink-client";
import { updateLink } from "@/lib/registry/links/update-link";
import type { ClientLinkRef } from "./prepare-client-items";

async function clientIdOf(ctx: StaffContext, externalId: string): Promise<string> {
  const [row] = await ctx.db
    .select({ clientId: clientExternalIds.clientId })
    .from(clientExternalIds)
    .where(and(eq(clientExternalIds.orgId, ctx.orgId), eq(clientExternalIds.externalId, externalId)));
  if (!row) throw new AppError("NOT_FOUND", `Клиент с внешним идентификатором «${externalId}» не найден`);
  return row.clientId;
}

const activeLinks = (ctx: StaffContext, clientId: string) =>
  ctx.db
    .select()
    .from(premiseClients)
    .where(and(eq(premiseClients.orgId, ctx.orgId), eq(premiseClients.clientId, clientId), isNull(premiseClients.removedAt)));

/**
 * Adds or re-bases the sent links of one kind: owners first (`dependants` false), so that residents, tenants and
 * representatives sent in the same request find their owner. The link rules are R1's link services'.
 */
export async function applyClientLinks(ctx: StaffContext, clientId: string, links: readonly ClientLinkRef[], dependants: boolean): Promise<boolean> {
  const existing = await activeLinks(ctx, clientId);
  let changed = false;
  for (const link of links.filter((l) => needsMaster(l.basis) === dependants)) {
    const dependsOnClientId = link.dependsOnExternalId ? await clientIdOf(ctx, link.dependsOnExternalId) : null;
    const current = existing.find((e) => e.premiseId === link.premiseId);
    if (!current) {
      await linkClient(ctx, linkSchema.parse({ premiseId: link.premiseId, clientId, basis: link.basis, dependsOnClientId }));
      changed = true;
    } else if (current.basis !== link.basis || current.dependsOnClientId !== dependsOnClientId) {
      // The link's documents and options stay; the schema drops the row's own columns.
      await updateLink(ctx, linkUpdateSchema.parse({ ...current, linkId: current.id, basis: link.basis, dependsOnClientId }));
      changed = true;
    }
  }
  return changed;
}

/** Ends the client's links to premises the request did not list, except those staff asked to keep. */
export async function endUnlistedLinks(ctx: StaffContext, clientId: string, links: readonly ClientLinkRef[]): Promise<boolean> {
  const listed = new Set(links.map((l) => l.premiseId));
  const ended = (await activeLinks(ctx, clientId)).filter((link) => !listed.has(link.premiseId) && !link.keepOnIntegration);
  for (const link of ended) await unlinkClient(ctx, { linkId: link.id });
  return ended.length > 0;
}
