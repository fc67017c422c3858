import type { StaffContext } from "@/lib/core/context";
import { listPremiseLinks } from "@/lib/registry/links/list-premise-links";
import type { LinkedClient } from "../../premises/[id]/_clients/link-form";

/** The clients linked to each of the given premises, as the link form lists possible owners to depend on. */
export async function linkedClientsByPremise(ctx: StaffContext, premiseIds: string[]): Promise<Record<string, LinkedClient[]>> {
  const entries = await Promise.all(
    [...new Set(premiseIds)].map(async (id) => [id, (await listPremiseLinks(ctx, id)).map((l) => ({ clientId: l.clientId, name: l.clientName, basis: l.basis }))] as const),
  );
  return Object.fromEntries(entries);
}
