import { and, asc, eq, exists, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { clients, clientTags, type ClientType } from "@/db/schema";
import { clientDebt, debtColumn, debtCondition } from "@/lib/billing/ledger/debt-filter";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { listPage, type ListSource } from "@/lib/table/list-page";
import type { ListParams, Page } from "@/lib/table/list-params";
import type { ClientFilters } from "./client-filters";
import { formatClientName } from "./client-name";
import { clientPremiseCondition } from "./client-premise-condition";
import { premisesOfClients } from "./client-premises";
import { clientScope } from "./client-scope";
import { clientSearchCondition, exactClientMatch } from "./client-search-condition";

export type ClientRow = {
  id: string;
  name: string;
  type: ClientType;
  phone: string | null;
  email: string | null;
  premises: string[];
  /** Σ balances of the accounts of the premises the client is linked to, null for an employee who may not see money. */
  debtKopecks: bigint | null;
  lastSeenAt: Date | null;
  blockedAt: Date | null;
  archivedAt: Date | null;
  isTester: boolean;
  createdAt: Date;
};

function orderBy(params: ListParams): SQL {
  const dir = params.dir === "desc" ? sql.raw("desc") : sql.raw("asc");
  if (params.sort === "phone") return sql`${clients.phone} ${dir} nulls last`;
  if (params.sort === "lastSeen") return sql`${clients.lastSeenAt} ${dir} nulls last`;
  return sql`${clients.lastName} ${dir} nulls last, ${clients.firstName} ${dir} nulls last, ${clients.middleName} ${dir} nulls last`;
}

function statusCondition(status: ClientFilters["status"]): SQL | undefined {
  if (status === "archived") return isNotNull(clients.archivedAt);
  const active = isNull(clients.archivedAt);
  if (status === "blocked") return and(active, isNotNull(clients.blockedAt));
  if (status === "active") return and(active, isNull(clients.blockedAt));
  return active;
}

const unnamed = and(isNull(clients.lastName), isNull(clients.firstName), isNull(clients.middleName));

/** The clients list as a ListSource (page, count and export); a whole phone number typed ranks its client first. */
export function clientsSource(ctx: StaffContext, params: ListParams, f: ClientFilters = {}): ListSource<ClientRow> {
  assertPermission(ctx, "registry.clients.view");
  const where = (ordered: boolean) => and(
    eq(clients.orgId, ctx.orgId),
    clientScope(ctx, ctx.db),
    statusCondition(f.status),
    f.unidentified ? and(unnamed, isNotNull(clients.phone)) : or(isNotNull(clients.lastName), isNotNull(clients.firstName), isNotNull(clients.middleName), isNull(clients.phone)),
    f.type ? eq(clients.type, f.type) : undefined,
    f.tagId
      ? exists(ctx.db.select({ one: clientTags.tagId }).from(clientTags).where(and(eq(clientTags.clientId, clients.id), eq(clientTags.tagId, f.tagId))))
      : undefined,
    clientPremiseCondition(ctx.db, f),
    debtCondition(ctx, clientDebt, clients.id, f.debt, ordered),
    params.q ? clientSearchCondition(params.q) : undefined,
  );
  const exact = params.q ? exactClientMatch(params.q) : undefined;
  return {
    ids: (ordered) => {
      const query = ctx.db.select({ id: clients.id }).from(clients).where(where(ordered)).$dynamic();
      return ordered ? query.orderBy(...(exact ? [sql`(${exact}) desc`] : []), orderBy(params), asc(clients.id)) : query;
    },
    rows: async (ids) => {
      const [rows, addresses] = await Promise.all([
        ctx.db
          .select({
            id: clients.id,
            type: clients.type,
            lastName: clients.lastName,
            firstName: clients.firstName,
            middleName: clients.middleName,
            phone: clients.phone,
            email: clients.email,
            lastSeenAt: clients.lastSeenAt,
            blockedAt: clients.blockedAt,
            archivedAt: clients.archivedAt,
            isTester: clients.isTester,
            debtKopecks: debtColumn(ctx, clientDebt, clients.id),
            createdAt: clients.createdAt,
          })
          .from(clients)
          .where(and(eq(clients.orgId, ctx.orgId), inArray(clients.id, ids))),
        premisesOfClients(ctx, ids),
      ]);
      return rows.map(({ lastName, firstName, middleName, ...r }) => ({
        ...r,
        name: formatClientName({ lastName, firstName, middleName, phone: r.phone }),
        premises: addresses.get(r.id) ?? [],
      }));
    },
    id: (row) => row.id,
  };
}

/** Clients the employee may see, filtered and paged as the table asks, each with the premises it is linked to. */
export async function listClients(ctx: StaffContext, params: ListParams, f: ClientFilters = {}): Promise<Page<ClientRow>> {
  return listPage(ctx.db, clientsSource(ctx, params, f), params);
}
