import { and, asc, desc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { bankAccounts, legalEntities } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { listPage, type ListSource } from "@/lib/table/list-page";
import { containsPattern, type ListParams, type Page } from "@/lib/table/list-params";

export type LegalEntityFilters = { status?: "active" | "archived" };

export type LegalEntityRow = {
  id: string;
  name: string;
  inn: string;
  kpp: string | null;
  ogrn: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  accounts: number;
  bankName: string | null;
  bik: string | null;
  settlementAccount: string | null;
  archivedAt: Date | null;
  createdAt: Date;
};

const sortColumns = { name: legalEntities.name, inn: legalEntities.inn, createdAt: legalEntities.createdAt } as const;

/** The legal entities list as a ListSource (page, count and export). */
export function legalEntitiesSource(ctx: StaffContext, params: ListParams, filters: LegalEntityFilters = {}): ListSource<LegalEntityRow> {
  assertPermission(ctx, "settings.view");
  const conditions: (SQL | undefined)[] = [
    eq(legalEntities.orgId, ctx.orgId),
    filters.status === "archived" ? isNotNull(legalEntities.archivedAt) : isNull(legalEntities.archivedAt),
  ];
  if (params.q) {
    const pattern = containsPattern(params.q);
    conditions.push(or(ilike(legalEntities.name, pattern), ilike(legalEntities.inn, pattern)));
  }
  const where = and(...conditions);
  const sortColumn = sortColumns[params.sort as keyof typeof sortColumns] ?? legalEntities.name;

  return {
    ids: (ordered) => {
      const query = ctx.db.select({ id: legalEntities.id }).from(legalEntities).where(where).$dynamic();
      return ordered ? query.orderBy(params.dir === "desc" ? desc(sortColumn) : asc(sortColumn), asc(legalEntities.id)) : query;
    },
    rows: (ids) =>
      ctx.db
        .select({
          id: legalEntities.id,
          name: legalEntities.name,
          inn: legalEntities.inn,
          kpp: legalEntities.kpp,
          ogrn: legalEntities.ogrn,
          address: legalEntities.address,
          phone: legalEntities.phone,
          email: legalEntities.email,
          accounts: sql<number>`(select count(*) from ${bankAccounts} a where a.legal_entity_id = ${legalEntities.id} and a.org_id = ${ctx.orgId} and a.archived_at is null)`.mapWith(Number),
          bankName: bankAccounts.bankName,
          bik: bankAccounts.bik,
          settlementAccount: bankAccounts.settlementAccount,
          archivedAt: legalEntities.archivedAt,
          createdAt: legalEntities.createdAt,
        })
        .from(legalEntities)
        .leftJoin(
          bankAccounts,
          and(
            eq(bankAccounts.legalEntityId, legalEntities.id),
            eq(bankAccounts.orgId, ctx.orgId),
            eq(bankAccounts.isDefault, true),
            isNull(bankAccounts.archivedAt),
          ),
        )
        .where(and(eq(legalEntities.orgId, ctx.orgId), inArray(legalEntities.id, ids))),
    id: (row) => row.id,
  };
}

/** Legal entities of the organisation with their default bank account, filtered and paged as the table asks. */
export async function listLegalEntities(ctx: StaffContext, params: ListParams, filters: LegalEntityFilters = {}): Promise<Page<LegalEntityRow>> {
  return listPage(ctx.db, legalEntitiesSource(ctx, params, filters), params);
}
