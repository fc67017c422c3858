import { and, eq, isNull } from "drizzle-orm";
import { clients } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { clientSchema } from "@/lib/registry/clients/client-schema";
import { createClient } from "@/lib/registry/clients/create-client";

type Registrant = { lastName: string; firstName: string | null; middleName: string | null; phone: string };

/** The organisation's active client with the registrant's phone (the phone is their login), or a new client. */
export async function registrantClient(ctx: StaffContext, registrant: Registrant): Promise<string> {
  const [existing] = await ctx.db
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.orgId, ctx.orgId), eq(clients.phone, registrant.phone), isNull(clients.archivedAt)))
    .limit(1);
  if (existing) return existing.id;
  const created = await createClient(ctx, clientSchema.parse({ lastName: registrant.lastName, firstName: registrant.firstName, middleName: registrant.middleName, phone: registrant.phone }));
  return created.id;
}
