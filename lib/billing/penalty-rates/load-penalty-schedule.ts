import { asc, eq, isNull, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { penaltyRates } from "@/db/schema";

export type PenaltyRateKind = (typeof penaltyRates.$inferSelect)["kind"];

/** The rows that apply to an organisation: the product's (org_id null) and its own. */
export const ratesOf = (orgId: string) => or(isNull(penaltyRates.orgId), eq(penaltyRates.orgId, orgId));

export type PenaltyScheduleRow = { kind: PenaltyRateKind; validFrom: string; validTo: string | null; rateBp: number | null; debtsBefore: string | null };

/**
 * The dated facts the penalty calculation reads (key rates, the ПП 474 cap, moratoria), product rows and the
 * organisation's own together, oldest first. Takes the database rather than a staff context: billing runs call it
 * as the system.
 */
export async function loadPenaltySchedule(db: Db, orgId: string): Promise<PenaltyScheduleRow[]> {
  return db
    .select({ kind: penaltyRates.kind, validFrom: penaltyRates.validFrom, validTo: penaltyRates.validTo, rateBp: penaltyRates.rateBp, debtsBefore: penaltyRates.debtsBefore })
    .from(penaltyRates)
    .where(ratesOf(orgId))
    .orderBy(asc(penaltyRates.kind), asc(penaltyRates.validFrom));
}
