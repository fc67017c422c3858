import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { premiseDocuments, premises } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { buildingScope, inScope, outOfScope } from "@/lib/org/building-scope";

export const documentNotFound = () => new AppError("NOT_FOUND", "Документ не найден");

/** An active document of the caller's organisation (else 404) whose premise is in their building scope (else 403). */
export async function findDocument(db: Db, ctx: Pick<StaffContext, "orgId" | "buildingIds">, id: string) {
  const [row] = await db
    .select({ document: premiseDocuments, inScope: inScope(buildingScope(ctx, premises.buildingId)) })
    .from(premiseDocuments)
    .innerJoin(premises, eq(premises.id, premiseDocuments.premiseId))
    .where(and(eq(premiseDocuments.id, id), eq(premiseDocuments.orgId, ctx.orgId), isNull(premiseDocuments.archivedAt)));
  if (!row) throw documentNotFound();
  if (!row.inScope) throw outOfScope();
  return row.document;
}
