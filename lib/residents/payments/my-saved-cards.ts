import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { savedPaymentMethods } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import { notFound } from "@/lib/core/errors";
import { residentAuditScope, type ResidentContext } from "../resident-context";

const myClientIds = (ctx: ResidentContext) => ctx.clients.filter((c) => !c.blocked).map((c) => c.id);

/** The resident's saved cards (seed 000, resident §3: «уже добавленные банковские карты»), newest first. */
export async function listMySavedCards(ctx: ResidentContext) {
  const clientIds = myClientIds(ctx);
  if (clientIds.length === 0) return [];
  return ctx.db
    .select({ id: savedPaymentMethods.id, title: savedPaymentMethods.title, expiresOn: savedPaymentMethods.expiresOn, gatewayId: savedPaymentMethods.gatewayId })
    .from(savedPaymentMethods)
    .where(and(inArray(savedPaymentMethods.clientId, clientIds), isNull(savedPaymentMethods.removedAt)))
    .orderBy(desc(savedPaymentMethods.createdAt));
}

/** Forgets a saved card; another resident's card, or one removed already, is «не найдена». */
export async function removeMySavedCard(ctx: ResidentContext, cardId: string): Promise<void> {
  const clientIds = myClientIds(ctx);
  await ctx.db.transaction(async (tx) => {
    const [card] = await tx
      .update(savedPaymentMethods)
      .set({ removedAt: new Date() })
      .where(and(eq(savedPaymentMethods.id, cardId), inArray(savedPaymentMethods.clientId, clientIds.length ? clientIds : ["00000000-0000-0000-0000-000000000000"]), isNull(savedPaymentMethods.removedAt)))
      .returning({ id: savedPaymentMethods.id, orgId: savedPaymentMethods.orgId, clientId: savedPaymentMethods.clientId, title: savedPaymentMethods.title });
    if (!card) throw notFound("Сохранённая карта");
    const client = ctx.clients.find((c) => c.id === card.clientId)!;
    await writeAudit(tx, residentAuditScope(ctx, client), { action: "saved_card.removed", entityType: "saved_payment_method", entityId: card.id, before: { title: card.title, removedAt: null }, after: { title: card.title, removedAt: new Date() } });
  });
}
