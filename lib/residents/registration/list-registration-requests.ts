import { and, asc, desc, eq, ilike, inArray, or, type SQL } from "drizzle-orm";
import { buildings, premises, registrationRequests } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { buildingScope } from "@/lib/org/building-scope";
import { formatPremiseAddress } from "@/lib/registry/premise-address";
import { listPage, type ListSource } from "@/lib/table/list-page";
import { containsPattern, type ListParams, type Page } from "@/lib/table/list-params";
import { phoneSearchDigits } from "@/lib/validation/phone";
import type { RegistrationRequestFilters, RegistrationStatus } from "./registration-request-filters";

export type RegistrationRequestRow = {
  id: string;
  createdAt: Date;
  lastName: string;
  firstName: string | null;
  middleName: string | null;
  phone: string;
  accountNumber: string;
  /** Null when the account number matched no account when the request was sent. */
  address: string | null;
  status: RegistrationStatus;
  declineReason: string | null;
  decidedAt: Date | null;
};

const sortColumns = {
  createdAt: registrationRequests.createdAt,
  lastName: registrationRequests.lastName,
  accountNumber: registrationRequests.accountNumber,
  status: registrationRequests.status,
} as const;

function searchCondition(q: string): SQL | undefined {
  const digits = /^[\d\s()+\-.]+$/.test(q) ? phoneSearchDigits(q) : "";
  return or(
    ilike(registrationRequests.lastName, containsPattern(q)),
    ilike(registrationRequests.accountNumber, containsPattern(q.replace(/\s+/g, ""))),
    digits.length >= 4 ? ilike(registrationRequests.phone, `%${digits}%`) : undefined,
  );
}

/** The registration requests list as a ListSource (page, count and export). */
export function registrationRequestsSource(ctx: StaffContext, params: ListParams, filters: RegistrationRequestFilters): ListSource<RegistrationRequestRow> {
  assertPermission(ctx, "registry.clients.edit");
  const where = and(
    eq(registrationRequests.orgId, ctx.orgId),
    buildingScope(ctx, premises.buildingId),
    filters.status === "all" ? undefined : eq(registrationRequests.status, filters.status),
    params.q ? searchCondition(params.q) : undefined,
  );
  const sortColumn = sortColumns[params.sort as keyof typeof sortColumns];
  const order = sortColumn ? (params.dir === "desc" ? desc(sortColumn) : asc(sortColumn)) : desc(registrationRequests.createdAt);
  return {
    ids: (ordered) => {
      const query = ctx.db
        .select({ id: registrationRequests.id })
        .from(registrationRequests)
        .leftJoin(premises, eq(premises.id, registrationRequests.premiseId))
        .where(where)
        .$dynamic();
      return ordered ? query.orderBy(order, asc(registrationRequests.id)) : query;
    },
    rows: async (ids) => {
      const rows = await ctx.db
        .select({
          request: registrationRequests,
          premiseType: premises.type,
          premiseNumber: premises.number,
          buildingAddress: buildings.address,
        })
        .from(registrationRequests)
        .leftJoin(premises, eq(premises.id, registrationRequests.premiseId))
        .leftJoin(buildings, eq(buildings.id, premises.buildingId))
        .where(and(eq(registrationRequests.orgId, ctx.orgId), inArray(registrationRequests.id, ids)));
      return rows.map(({ request: r, ...p }) => ({
        id: r.id,
        createdAt: r.createdAt,
        lastName: r.lastName,
        firstName: r.firstName,
        middleName: r.middleName,
        phone: r.phone,
        accountNumber: r.accountNumber,
        address: p.buildingAddress && p.premiseType && p.premiseNumber ? formatPremiseAddress(p.buildingAddress, { type: p.premiseType, number: p.premiseNumber }) : null,
        status: r.status,
        declineReason: r.declineReason,
        decidedAt: r.decidedAt,
      }));
    },
    id: (row) => row.id,
  };
}

/** «Заявки на регистрацию»: residents' self-registrations of the organisation, newest first. */
export async function listRegistrationRequests(
  ctx: StaffContext,
  params: ListParams,
  filters: RegistrationRequestFilters,
): Promise<Page<RegistrationRequestRow>> {
  return listPage(ctx.db, registrationRequestsSource(ctx, params, filters), params);
}
