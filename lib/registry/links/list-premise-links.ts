import { and, asc, eq, isNull } from "drizzle-orm";
import { clients, premiseClients } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { findPremise } from "@/lib/registry/premises/find-premise";
import { basisOrder, linkRowColumns, masterClient } from "./link-columns";

/** The clients currently linked to a premise, owners first. */
export async function listPremiseLinks(ctx: StaffContext, premiseId: string) {
  assertPermission(ctx, "registry.premises.view");
  await findPremise(ctx.db, ctx, premiseId);
  return ctx.db
    .select(linkRowColumns)
    .from(premiseClients)
    .innerJoin(clients, eq(clients.id, premiseClients.clientId))
    .leftJoin(masterClient, eq(masterClient.id, premiseClients.dependsOnClientId))
    .where(and(eq(premiseClients.orgId, ctx.orgId), eq(premiseClients.premiseId, premiseId), isNull(premiseClients.removedAt)))
    .orderBy(basisOrder, asc(clients.lastName), asc(clients.firstName));
}
export type PremiseLinkRow = Awaited<ReturnType<typeof listPremiseLinks>>[number];
