import type { Db } from "@/db/client";
import type { Actor } from "@/lib/core/context";
import { formatClientName } from "@/lib/registry/clients/client-name";

/** One client row the signed-in phone belongs to; a resident may be a client of several organisations. */
export type ResidentClient = {
  id: string;
  orgId: string;
  lastName: string | null;
  firstName: string | null;
  middleName: string | null;
  blocked: boolean;
};

/**
 * Everything a resident-side service needs: who signed in (the phone) and every non-archived client row with that
 * phone. Blocked rows stay in the list so that services can say «заблокирован» instead of «не найдено».
 */
export type ResidentContext = {
  db: Db;
  phone: string;
  clients: readonly ResidentClient[];
  ip?: string | null;
};

export const BLOCKED_MESSAGE = "Ваш доступ заблокирован управляющей организацией";

/** The audit actor for something a resident did in one organisation. */
export function residentActor(client: ResidentClient, phone?: string): Actor {
  return { type: "resident", id: client.id, name: formatClientName({ ...client, phone }) };
}

/** The scope writeAudit needs, for the organisation of `client`. */
export const residentAuditScope = (ctx: ResidentContext, client: ResidentClient) => ({
  orgId: client.orgId,
  actor: residentActor(client, ctx.phone),
  ip: ctx.ip,
});
