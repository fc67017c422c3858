import { asc, desc, sql } from "drizzle-orm";
import { penaltyRates } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { ratesOf } from "./load-penalty-schedule";

/** «Начисления и пени»: every row that applies, newest first within each kind; `own` rows may be deleted. */
export async function listPenaltyRates(ctx: StaffContext) {
  const rows = await ctx.db
    .select({
      id: penaltyRates.id,
      kind: penaltyRates.kind,
      validFrom: penaltyRates.validFrom,
      validTo: penaltyRates.validTo,
      rateBp: penaltyRates.rateBp,
      debtsBefore: penaltyRates.debtsBefore,
      note: penaltyRates.note,
      own: sql<boolean>`${penaltyRates.orgId} is not null`,
    })
    .from(penaltyRates)
    .where(ratesOf(ctx.orgId))
    .orderBy(asc(penaltyRates.kind), desc(penaltyRates.validFrom));
  return rows;
}

export type PenaltyRateRow = Awaited<ReturnType<typeof listPenaltyRates>>[number];
