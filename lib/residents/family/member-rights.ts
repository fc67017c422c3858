import type { LinkBasis } from "@/db/schema";

export const memberBases = ["resident", "tenant", "representative"] as const;
export type MemberBasis = (typeof memberBases)[number];

export const STAFF_ADDED_MESSAGE = "Этого жителя добавила управляющая организация — удалить его может только она";

/**
 * Rights follow the basis. An owner adds residents/family, tenants and representatives; nobody else gives access
 * to the premise. The seed lets an unconfirmed owner add residents and tenants too, but that basis is what a
 * self-registration gets when the surname does not match the owners' — anyone who knows an account number — so
 * until staff confirm the ownership they add no one.
 */
export function basesYouCanAdd(myBasis: LinkBasis): readonly MemberBasis[] {
  return myBasis === "owner" ? memberBases : [];
}

/**
 * Whether the premise's other members (and, for an owner, their phones) are shown. An unconfirmed owner sees only
 * themselves and the accounts: who lives in the flat and their numbers are not a stranger's to read.
 */
export const seesOtherMembers = (myBasis: LinkBasis) => myBasis !== "unconfirmed_owner";

type Link = { clientId: string; addedBy: "staff" | "resident" | "import"; dependsOnClientId: string | null };

/**
 * Why this resident may not remove the link, or null when they may. Links made by the organisation (by staff or
 * an import) are protected; a resident removes only those who depend on them and whom a resident added.
 */
export function removalRefusal(me: { clientId: string; basis: LinkBasis }, link: Link): string | null {
  if (link.clientId === me.clientId) return "Нельзя удалить себя из помещения — обратитесь в управляющую организацию";
  if (link.addedBy !== "resident") return STAFF_ADDED_MESSAGE;
  if (basesYouCanAdd(me.basis).length === 0) return "Удалять жителей может только собственник помещения";
  if (link.dependsOnClientId !== me.clientId) return "Удалить можно только тех, кого добавили вы";
  return null;
}
