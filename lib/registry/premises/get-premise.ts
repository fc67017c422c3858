import { and, eq } from "drizzle-orm";
import { buildings } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { formatPremiseAddress } from "@/lib/registry/premise-address";
import { tagNamesOf } from "@/lib/registry/tags/tag-names";
import { findPremise } from "./find-premise";

/** A premise card: the premise, its building's address, its full address and tags. */
export async function getPremise(ctx: StaffContext, id: string) {
  assertPermission(ctx, "registry.premises.view");
  const premise = await findPremise(ctx.db, ctx, id);
  const [building] = await ctx.db
    .select({ address: buildings.address })
    .from(buildings)
    .where(and(eq(buildings.id, premise.buildingId), eq(buildings.orgId, ctx.orgId)));
  const buildingAddress = building?.address ?? "";
  return {
    ...premise,
    buildingAddress,
    address: formatPremiseAddress(buildingAddress, premise),
    tags: await tagNamesOf(ctx.db, ctx.orgId, { premiseId: id }),
  };
}
export type PremiseCard = Awaited<ReturnType<typeof getPremise>>;
