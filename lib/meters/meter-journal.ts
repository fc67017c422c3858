import type { Db } from "@/db/client";
import { meterEvents, type MeterEventAction, type ReadingSource } from "@/db/schema";
import { writeAudits } from "@/lib/audit/write-audit";
import type { Actor } from "@/lib/core/context";

export type JournalScope = { orgId: string; actor: Actor; ip?: string | null; source: ReadingSource };

export type MeterEvent = {
  meter: { id: string; buildingId: string; premiseId: string | null };
  action: MeterEventAction;
  readingId?: string;
  period?: string | null;
  before?: unknown;
  after?: unknown;
};

/** JSON keeps no bigint: readings go into the journal as the decimal text a person reads. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)));

/**
 * «История показаний» and the audit log, written together in the caller's transaction: the journal answers the
 * accountant's questions (which building, which month, from whom), the audit log stays the one record of every
 * mutation in the organisation.
 */
export async function recordMeterEvents(db: Db, scope: JournalScope, events: readonly MeterEvent[]): Promise<void> {
  if (!events.length) return;
  // Postgres binds at most 65,535 parameters per statement; an event row takes thirteen.
  for (let start = 0; start < events.length; start += 4000) {
    await db.insert(meterEvents).values(
      events.slice(start, start + 4000).map((e) => ({
        orgId: scope.orgId,
        meterId: e.meter.id,
        readingId: e.readingId ?? null,
        buildingId: e.meter.buildingId,
        premiseId: e.meter.premiseId,
        action: e.action,
        source: scope.source,
        period: e.period ?? null,
        actorType: scope.actor.type,
        actorId: scope.actor.id ?? null,
        actorName: scope.actor.name,
        before: plain(e.before),
        after: plain(e.after),
      })),
    );
  }
  await writeAudits(
    db,
    scope,
    events.map((e) => ({
      action: e.action,
      entityType: e.readingId ? "meter_reading" : "meter",
      entityId: e.readingId ?? e.meter.id,
      before: plain(e.before),
      after: plain(e.after),
    })),
  );
}
