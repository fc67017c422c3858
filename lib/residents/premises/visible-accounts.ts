import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { personalAccounts } from "@/db/schema";

export type VisibleAccount = { id: string; premiseId: string; number: string; els: string | null };

/** Accounts a resident sees: neither archived nor hidden by staff («Не отображать в ЛК жителя», seed 002 §15). */
export async function visibleAccounts(db: Db, premiseIds: readonly string[]): Promise<VisibleAccount[]> {
  if (premiseIds.length === 0) return [];
  return db
    .select({ id: personalAccounts.id, premiseId: personalAccounts.premiseId, number: personalAccounts.number, els: personalAccounts.els })
    .from(personalAccounts)
    .where(
      and(
        inArray(personalAccounts.premiseId, [...premiseIds]),
        eq(personalAccounts.hiddenInCabinet, false),
        isNull(personalAccounts.archivedAt),
      ),
    )
    .orderBy(asc(personalAccounts.number));
}
