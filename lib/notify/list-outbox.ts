import { desc, ilike } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outbox } from "@/db/schema";
import { env } from "@/lib/core/env";
import { containsPattern } from "@/lib/table/list-params";

/**
 * Messages stay in the outbox instead of reaching people in embedded mode (no DATABASE_URL), or when
 * DOMKOM_SHOW_OUTBOX=1 is set on purpose, e.g. for e2e runs against Postgres; only then is there an outbox to read.
 */
export function outboxReadable(): boolean {
  const { DATABASE_URL, DOMKOM_SHOW_OUTBOX } = env();
  return !DATABASE_URL || DOMKOM_SHOW_OUTBOX;
}

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
