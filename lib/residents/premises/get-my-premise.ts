import { and, asc, eq, isNull } from "drizzle-orm";
import type { LinkBasis } from "@/db/schema";
import { clients, premiseClients } from "@/db/schema";
import { formatClientName } from "@/lib/registry/clients/client-name";
import { formatPremiseAddress } from "@/lib/registry/premise-address";
import { basesYouCanAdd, removalRefusal, seesOtherMembers, type MemberBasis } from "../family/member-rights";
import type { ResidentContext } from "../resident-context";
import { findMyPremiseLink } from "./my-premise-link";
import { visibleAccounts, type VisibleAccount } from "./visible-accounts";

export type PremiseMember = {
  linkId: string;
  name: string;
  /** Shown only to those who manage the premise's members. */
  phone: string | null;
  basis: LinkBasis;
  isMe: boolean;
  addedByOrganisation: boolean;
  canRemove: boolean;
};

export type MyPremiseCard = {
  id: string;
  address: string;
  basis: LinkBasis;
  accounts: VisibleAccount[];
  members: PremiseMember[];
  /** True while the resident's ownership awaits confirmation: members holds only themselves. */
  othersHidden: boolean;
  canAdd: readonly MemberBasis[];
};

/** One premise of the resident with its visible accounts and the people linked to it that their basis may see. */
export async function getMyPremise(ctx: ResidentContext, premiseId: string): Promise<MyPremiseCard> {
  const mine = await findMyPremiseLink(ctx, premiseId);
  const me = { clientId: mine.client.id, basis: mine.link.basis };
  const canAdd = basesYouCanAdd(me.basis);
  const othersHidden = !seesOtherMembers(me.basis);
  const links = await ctx.db
    .select({
      linkId: premiseClients.id,
      clientId: premiseClients.clientId,
      basis: premiseClients.basis,
      addedBy: premiseClients.addedBy,
      dependsOnClientId: premiseClients.dependsOnClientId,
      lastName: clients.lastName,
      firstName: clients.firstName,
      middleName: clients.middleName,
      phone: clients.phone,
    })
    .from(premiseClients)
    .innerJoin(clients, eq(clients.id, premiseClients.clientId))
    .where(
      and(
        eq(premiseClients.premiseId, premiseId),
        eq(premiseClients.orgId, mine.premise.orgId),
        isNull(premiseClients.removedAt),
        othersHidden ? eq(premiseClients.clientId, me.clientId) : undefined,
      ),
    )
    .orderBy(asc(premiseClients.createdAt));
  const members = links.map((link) => ({
    linkId: link.linkId,
    name: formatClientName({ ...link, phone: null }),
    phone: canAdd.length ? link.phone : null,
    basis: link.basis,
    isMe: link.clientId === me.clientId,
    addedByOrganisation: link.addedBy !== "resident",
    canRemove: removalRefusal(me, link) === null,
  }));
  return {
    id: mine.premise.id,
    address: formatPremiseAddress(mine.buildingAddress, mine.premise),
    basis: me.basis,
    accounts: await visibleAccounts(ctx.db, [premiseId]),
    members,
    othersHidden,
    canAdd,
  };
}
