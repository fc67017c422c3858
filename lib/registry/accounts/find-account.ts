import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { personalAccounts, premises } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { buildingScope } from "@/lib/org/building-scope";
import { accountNotFound } from "./account-errors";

/** An account of the caller's organisation whose premise is in their building scope, locked for the change. */
export async function findAccountForUpdate(db: Db, ctx: Pick<StaffContext, "orgId" | "buildingIds">, id: string) {
  const [row] = await db
    .select({ account: personalAccounts, premiseArchivedAt: premises.archivedAt })
    .from(personalAccounts)
    .innerJoin(premises, eq(premises.id, personalAccounts.premiseId))
    .where(and(eq(personalAccounts.id, id), eq(personalAccounts.orgId, ctx.orgId), buildingScope(ctx, premises.buildingId)))
    .for("update", { of: personalAccounts });
  if (!row) throw accountNotFound();
  return row;
}
