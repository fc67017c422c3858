import { and, asc, desc, eq, ilike, inArray, isNull, or, sql } from "drizzle-orm";
import { premiseDocuments } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { findPremise } from "@/lib/registry/premises/find-premise";
import { listPage } from "@/lib/table/list-page";
import { containsPattern, type ListParams } from "@/lib/table/list-params";

const sortColumns = { title: premiseDocuments.title, documentDate: premiseDocuments.documentDate, createdAt: premiseDocuments.createdAt } as const;

/** A premise's documents; the search looks at title and description, not the file name (seed 002 §8). */
export async function listPremiseDocuments(ctx: StaffContext, premiseId: string, params: ListParams) {
  assertPermission(ctx, "registry.premises.view");
  await findPremise(ctx.db, ctx, premiseId);
  const pattern = params.q ? containsPattern(params.q) : undefined;
  const where = and(
    eq(premiseDocuments.orgId, ctx.orgId),
    eq(premiseDocuments.premiseId, premiseId),
    isNull(premiseDocuments.archivedAt),
    pattern ? or(ilike(premiseDocuments.title, pattern), ilike(premiseDocuments.description, pattern)) : undefined,
  );
  const column = sortColumns[params.sort as keyof typeof sortColumns];
  const order = column ? (params.dir === "desc" ? sql`${column} desc nulls last` : asc(column)) : desc(premiseDocuments.createdAt);
  return listPage(
    ctx.db,
    {
      ids: (ordered) => {
        const query = ctx.db.select({ id: premiseDocuments.id }).from(premiseDocuments).where(where).$dynamic();
        return ordered ? query.orderBy(order, asc(premiseDocuments.id)) : query;
      },
      rows: (ids) =>
        ctx.db
          .select({
            id: premiseDocuments.id,
            title: premiseDocuments.title,
            description: premiseDocuments.description,
            documentDate: premiseDocuments.documentDate,
            fileName: premiseDocuments.fileName,
            size: premiseDocuments.size,
            createdAt: premiseDocuments.createdAt,
          })
          .from(premiseDocuments)
          .where(and(eq(premiseDocuments.orgId, ctx.orgId), inArray(premiseDocuments.id, ids))),
      id: (row) => row.id,
    },
    params,
  );
}
export type PremiseDocumentRow = Awaited<ReturnType<typeof listPremiseDocuments>>["rows"][number];
