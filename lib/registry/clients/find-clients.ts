import { and, asc, eq, isNull } from "drizzle-orm";
import { clients } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { formatClientName } from "./client-name";
import { clientScope } from "./client-scope";
import { clientSearchCondition } from "./client-search-condition";

export type FoundClient = { id: string; name: string; phone: string | null };

/** Suggestions for «add a client to this premise»: active clients by name or phone in any format. */
export async function findClients(ctx: StaffContext, text: string, limit = 10): Promise<FoundClient[]> {
  assertPermission(ctx, "registry.clients.view");
  const search = clientSearchCondition(text);
  if (!search) return [];
  const rows = await ctx.db
    .select({ id: clients.id, lastName: clients.lastName, firstName: clients.firstName, middleName: clients.middleName, phone: clients.phone })
    .from(clients)
    .where(and(eq(clients.orgId, ctx.orgId), isNull(clients.archivedAt), clientScope(ctx, ctx.db), search))
    .orderBy(asc(clients.lastName), asc(clients.firstName), asc(clients.id))
    .limit(Math.min(Math.max(limit, 1), 50));
  return rows.map((r) => ({ id: r.id, name: formatClientName(r), phone: r.phone }));
}
