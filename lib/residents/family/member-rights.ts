import type { LinkBasis } from "@/db/schema";

export const memberBases = ["resident", "tenant", "representative"] as const;
export type MemberBasis = (typeof memberBases)[number];

export const STAFF_ADDED_MESSAGE = "Этого жителя добавила управляющая организация — удалить его может только она";

/**
 * Seed 002 §6: an owner may add residents/family, tenants and representatives; an unconfirmed owner only residents
 * and tenants; residents, tenants and representatives may not give access to the premise at all.
 */
export function basesYouCanAdd(myBasis: LinkBasis): readonly MemberBasis[] {
  if (myBasis === "owner") return memberBases;
  if (myBasis === "unconfirmed_owner") return ["resident", "tenant"];
  return [];
}

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
