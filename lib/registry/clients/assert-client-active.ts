import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { clients } from "@/db/schema";
import { AppError } from "@/lib/core/errors";

/**
 * For the resident cabinet: a blocked or archived client may still look, but not act — no requests, chat messages
 * or refunds (seed 002 §13). Call it in every resident action that changes something.
 */
export async function assertClientActive(ctx: { db: Db; orgId: string; clientId: string }): Promise<void> {
  const [client] = await ctx.db
    .select({ blockedAt: clients.blockedAt, archivedAt: clients.archivedAt })
    .from(clients)
    .where(and(eq(clients.id, ctx.clientId), eq(clients.orgId, ctx.orgId)));
  if (!client || client.archivedAt) throw new AppError("FORBIDDEN", "Доступ к личному кабинету закрыт. Обратитесь в управляющую организацию");
  if (client.blockedAt) throw new AppError("FORBIDDEN", "Ваш аккаунт заблокирован управляющей организацией");
}
