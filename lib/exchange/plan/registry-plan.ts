import type { ClientType, LinkBasis, PremiseType } from "@/db/schema";

/** Final values of a premise's importable fields (an update carries them all, changed or not). */
export type PremiseValues = {
  id: string;
  buildingId: string;
  type: PremiseType;
  number: string;
  entrance: string | null;
  floor: string | null;
  totalArea: string | null;
  livingArea: string | null;
  rooms: number | null;
  externalId: string | null;
  searchText: string;
};

export type AccountValues = { id: string; premiseId: string; number: string; els: string | null; legalEntityId: string | null };

export type ClientValues = {
  id: string;
  type: ClientType;
  lastName: string;
  firstName: string | null;
  middleName: string | null;
  phone: string | null;
  email: string | null;
  searchText: string;
};

export type LinkValues = {
  id: string;
  premiseId: string;
  clientId: string;
  basis: LinkBasis;
  dependsOnClientId: string | null;
  ownershipShare: string | null;
};

/** The account's balance after the import, in kopecks (a string: plans are stored as JSON). */
export type BalanceTarget = { accountId: string; kopecks: string };

/**
 * Everything an import will do, decided before anything is written: new rows carry ids generated up front so
 * that rows can refer to each other; updates carry final values; removals carry the ids they remove.
 */
export type RegistryPlan = {
  premises: { create: PremiseValues[]; update: PremiseValues[] };
  accounts: { create: AccountValues[]; update: AccountValues[] };
  clients: { create: ClientValues[]; update: ClientValues[]; archive: string[] };
  links: { create: LinkValues[]; update: LinkValues[]; remove: string[] };
  balances: BalanceTarget[];
};

export const emptyPlan = (): RegistryPlan => ({
  premises: { create: [], update: [] },
  accounts: { create: [], update: [] },
  clients: { create: [], update: [], archive: [] },
  links: { create: [], update: [], remove: [] },
  balances: [],
});

/** What the user confirms: counts and the first items of each kind of change. */
export type PreviewSection = { key: string; title: string; count: number; items: string[]; danger?: boolean };
export type ImportPreview = { rows: number; sections: PreviewSection[] };
