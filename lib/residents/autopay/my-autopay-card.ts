import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { savedPaymentMethods } from "@/db/schema";

/** The cards a client saved (not removed), newest first: the only ones their autopay may charge. */
export async function savedCardsOf(db: Db, client: { id: string; orgId: string }) {
  return db
    .select({ id: savedPaymentMethods.id, title: savedPaymentMethods.title, expiresOn: savedPaymentMethods.expiresOn })
    .from(savedPaymentMethods)
    .where(and(eq(savedPaymentMethods.clientId, client.id), eq(savedPaymentMethods.orgId, client.orgId), isNull(savedPaymentMethods.removedAt)))
    .orderBy(savedPaymentMethods.createdAt);
}
export type SavedCard = Awaited<ReturnType<typeof savedCardsOf>>[number];
