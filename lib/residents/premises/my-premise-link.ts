import { and, eq, inArray, isNull } from "drizzle-orm";
import { buildings, premiseClients, premises } from "@/db/schema";
import { AppError } from "@/lib/core/errors";
import { premiseNotFound } from "@/lib/registry/premises/premise-errors";
import { BLOCKED_MESSAGE, type ResidentClient, type ResidentContext } from "../resident-context";

/**
 * The resident's own active link to a premise that is not archived. Any other premise — another organisation's,
 * someone else's flat, an archived one — is «не найдено», so ids cannot be probed from the cabinet.
 */
export async function findMyPremiseLink(ctx: ResidentContext, premiseId: string) {
  const clientIds = ctx.clients.map((c) => c.id);
  const [row] = await ctx.db
    .select({
      premise: { id: premises.id, orgId: premises.orgId, type: premises.type, number: premises.number },
      buildingAddress: buildings.address,
      link: { id: premiseClients.id, basis: premiseClients.basis, clientId: premiseClients.clientId },
    })
    .from(premiseClients)
    .innerJoin(premises, and(eq(premises.id, premiseClients.premiseId), eq(premises.orgId, premiseClients.orgId)))
    .innerJoin(buildings, eq(buildings.id, premises.buildingId))
    .where(
      and(
        eq(premiseClients.premiseId, premiseId),
        inArray(premiseClients.clientId, clientIds),
        isNull(premiseClients.removedAt),
        isNull(premises.archivedAt),
      ),
    )
    .limit(1);
  const client: ResidentClient | undefined = row && ctx.clients.find((c) => c.id === row.link.clientId);
  if (!row || !client) throw premiseNotFound();
  if (client.blocked) throw new AppError("FORBIDDEN", BLOCKED_MESSAGE);
  return { ...row, client };
}
export type MyPremiseLink = Awaited<ReturnType<typeof findMyPremiseLink>>;
