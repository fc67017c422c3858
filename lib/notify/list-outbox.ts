import { desc, ilike } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outbox } from "@/db/schema";
import { containsPattern } from "@/lib/table/list-params";

/**
 * The newest messages of every organisation, for the developer's /dev/outbox page only (embedded mode, tests):
 * deliberately not scoped to a tenant, so it must never back a staff-facing screen.
 */
export async function listOutbox(db: Db, filter: { to?: string; limit?: number } = {}) {
  const to = filter.to?.trim().toLowerCase();
  return db
    .select({
      id: outbox.id,
      createdAt: outbox.createdAt,
      channel: outbox.channel,
      recipient: outbox.recipient,
      subject: outbox.subject,
      status: outbox.status,
      body: outbox.body,
    })
    .from(outbox)
    .where(to ? ilike(outbox.recipient, containsPattern(to)) : undefined)
    .orderBy(desc(outbox.createdAt))
    .limit(filter.limit ?? 100);
}
