import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { personalAccounts, premises } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { buildingScope, inScope, outOfScope } from "@/lib/org/building-scope";
import { accountNotFound } from "./account-errors";

/** An account of the caller's organisation (else 404) whose premise is in their building scope (else 403), locked. */
export async function findAccountForUpdate(db: Db, ctx: Pick<StaffContext, "orgId" | "buildingIds">, id: string) {
  const [row] = await db
    .select({ account: personalAccounts, premiseArchivedAt: premises.archivedAt, inScope: inScope(buildingScope(ctx, premises.buildingId)) })
    .from(personalAccounts)
    .innerJoin(premises, eq(premises.id, personalAccounts.premiseId))
    .where(and(eq(personalAccounts.id, id), eq(personalAccounts.orgId, ctx.orgId)))
    .for("update", { of: personalAccounts });
  if (!row) throw accountNotFound();
  if (!row.inScope) throw outOfScope();
  return { account: row.account, premiseArchivedAt: row.premiseArchivedAt };
}
