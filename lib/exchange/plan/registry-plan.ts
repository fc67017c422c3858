import type { ClientType, InvoiceType, LinkBasis, MeterResource, MeterZone, PremiseType } from "@/db/schema";

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

/** A meter a meters file adds, with its facts as the file gives them (dates ISO, the verification date settled). */
export type MeterValues = {
  id: string;
  buildingId: string;
  premiseId: string | null;
  accountId: string | null;
  resource: MeterResource;
  zones: number;
  serialNumber: string;
  serialKey: string;
  model: string | null;
  place: string | null;
  installedOn: string | null;
  manufacturedOn: string | null;
  verificationIntervalYears: number | null;
  nextVerificationOn: string | null;
  sealNumber: string | null;
  digits: number | null;
  externalId: string | null;
  statusSince: string;
  /** Readings the meter starts from, thousandths by zone (for the journal; the rows are in `readings`). */
  initial: Record<string, string>;
};

/**
 * A reading an import writes: a new one (id generated up front) or the period's existing one corrected (`id` is
 * the stored row's, `before` its value). Thousandths as decimal text: plans are stored as JSON.
 */
export type ReadingValues = {
  id: string;
  meterId: string;
  zone: MeterZone;
  period: string;
  kind: "initial" | "regular";
  valueMilli: string;
  volumeMilli: string;
  takenAt: string;
  flagged: boolean;
  rollover: boolean;
  idempotencyKey: string | null;
  before: string | null;
};

/** Money columns of an invoice or a line, kopecks as decimal text (plans are stored as JSON). */
export type MoneyValues = {
  accruedKopecks: string;
  recalculationKopecks: string;
  benefitKopecks: string;
  penaltyKopecks: string;
  paidKopecks: string;
  totalKopecks: string;
};

/** A draft invoice an invoices or ОСВ file adds (issued in the same commit unless the user asked for drafts). */
export type InvoiceValues = MoneyValues & {
  id: string;
  buildingId: string;
  premiseId: string;
  accountId: string;
  type: InvoiceType;
  period: string;
  openingBalanceKopecks: string;
};

/** A line of such an invoice, priced with its tariff's snapshot; quantities thousandths, prices ten-thousandths. */
export type InvoiceLineValues = MoneyValues & {
  id: string;
  invoiceId: string;
  tariffId: string | null;
  position: number;
  serviceName: string;
  unit: string;
  tariff: Record<string, unknown>;
  qty1Milli: string;
  qty2Milli: string | null;
  qty3Milli: string | null;
  price1E4: string;
  price2E4: string | null;
  price3E4: string | null;
  openingDebtKopecks: string;
  vatKopecks: string | null;
};

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
  meters: { create: MeterValues[] };
  readings: { create: ReadingValues[]; update: ReadingValues[] };
  /** `issue`: ids of the new invoices to issue (post to the ledger) in the same transaction. */
  invoices: { create: InvoiceValues[]; lines: InvoiceLineValues[]; issue: string[] };
};

export const emptyPlan = (): RegistryPlan => ({
  premises: { create: [], update: [] },
  accounts: { create: [], update: [] },
  clients: { create: [], update: [], archive: [] },
  links: { create: [], update: [], remove: [] },
  balances: [],
  meters: { create: [] },
  readings: { create: [], update: [] },
  invoices: { create: [], lines: [], issue: [] },
});

/** What the user confirms: counts and the first items of each kind of change. */
export type PreviewSection = { key: string; title: string; count: number; items: string[]; danger?: boolean };
export type ImportPreview = { rows: number; sections: PreviewSection[] };
