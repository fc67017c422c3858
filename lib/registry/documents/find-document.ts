import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { premiseDocuments, premises } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { buildingScope } from "@/lib/org/building-scope";

export const documentNotFound = () => new AppError("NOT_FOUND", "Документ не найден");

/** An active document of the caller's organisation whose premise is in their building scope. */
export async function findDocument(db: Db, ctx: Pick<StaffContext, "orgId" | "buildingIds">, id: string) {
  const [row] = await db
    .select({ document: premiseDocuments })
    .from(premiseDocuments)
    .innerJoin(premises, eq(premises.id, premiseDocuments.premiseId))
    .where(
      and(
        eq(premiseDocuments.id, id),
        eq(premiseDocuments.orgId, ctx.orgId),
        isNull(premiseDocuments.archivedAt),
        buildingScope(ctx, premises.buildingId),
      ),
    );
  if (!row) throw documentNotFound();
  return row.document;
}
