import type { LinkBasis } from "@/db/schema";

export const linkBasisLabels: Record<LinkBasis, string> = {
  owner: "Собственник",
  resident: "Житель / член семьи",
  representative: "Представитель",
  tenant: "Арендатор",
  unconfirmed_owner: "Неподтверждённый собственник",
};

export const linkBasisOptions = Object.entries(linkBasisLabels).map(([value, label]) => ({ value, label }));

/**
 * Whom a basis may depend on (seed 002 §6): a representative only on an owner; a resident or tenant on an owner or
 * an unconfirmed owner. Owners and unconfirmed owners depend on no one — an unconfirmed owner is exactly the
 * resident the registry of owners does not list yet.
 */
export const allowedMasters: Record<LinkBasis, readonly LinkBasis[]> = {
  owner: [],
  unconfirmed_owner: [],
  representative: ["owner"],
  resident: ["owner", "unconfirmed_owner"],
  tenant: ["owner", "unconfirmed_owner"],
};

export const needsMaster = (basis: LinkBasis) => allowedMasters[basis].length > 0;
