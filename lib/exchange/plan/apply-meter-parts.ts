import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { meterReadings, meters } from "@/db/schema";
import type { Actor } from "@/lib/core/context";
import { chunks, columnsOf, queryRows, recordset, staleImport, tableColumn, type Column } from "./bulk-sql";
import type { MeterValues, ReadingValues } from "./registry-plan";

/** `source` is what the readings are recorded as coming from: a file, or the REST API. */
type Scope = { orgId: string; actor: Actor; readingSource?: "import" | "api" };

const meterColumns: Column<MeterValues>[] = [
  ...columnsOf<MeterValues>()(meters, [
    "id",
    "buildingId",
    "premiseId",
    "accountId",
    "resource",
    "zones",
    "serialNumber",
    "serialKey",
    "model",
    "place",
    "installedOn",
    "manufacturedOn",
    "verificationIntervalYears",
    "nextVerificationOn",
    "sealNumber",
    "digits",
    "externalId",
    "statusSince",
  ]),
];
const initialColumn: Column<MeterValues> = { name: "initial", type: "jsonb", value: (m) => m.initial };

const readingColumns: Column<ReadingValues>[] = [
  ...columnsOf<ReadingValues>()(meterReadings, ["id", "meterId", "zone", "period", "kind", "takenAt", "flagged", "rollover", "idempotencyKey"]),
  tableColumn<ReadingValues>(meterReadings.valueMilli, (r) => r.valueMilli),
  { name: "volume", type: "text", value: (r) => r.volumeMilli },
  { name: "before", type: "text", value: (r) => r.before },
];

const names = (columns: readonly Column<unknown>[], prefix = "") => sql.raw(columns.map((c) => `${prefix}"${c.name}"`).join(", "));
const actorValues = (actor: Actor) => sql`${actor.type}, ${actor.id ?? null}::uuid, ${actor.name}`;

/**
 * The audit rows of the journal rows `ev` just wrote, in the same statement: a file or an API run leaves one per
 * meter and reading, as recordMeterEvents does for a reading entered by hand.
 */
const auditOfEvents = sql.raw(`,
          au as (insert into audit_log (org_id, actor_type, actor_id, actor_name, action, entity_type, entity_id, before, after)
                 select org_id, actor_type, actor_id, actor_name, action, case when reading_id is null then 'meter' else 'meter_reading' end,
                        coalesce(reading_id, meter_id)::text, before, after
                 from ev)`);

// Rows per statement here: a reading row is small, and 100,000 of them in 1,000-row statements spend more time on
// round trips than on writing.
const READING_CHUNK = 5000;

async function countWritten(tx: Db, statement: SQL, expected: number): Promise<void> {
  const [row] = await queryRows<{ n: number }>(tx, statement);
  if (Number(row?.n ?? 0) !== expected) throw staleImport();
}

/**
 * New meters and their «meter.created» journal rows in one statement per chunk. The journal row carries the meter
 * as inserted plus its initial readings, as lib/meters/create-meter.ts writes it for a meter added by hand.
 */
export async function insertImportedMeters(tx: Db, scope: Scope, items: readonly MeterValues[]): Promise<void> {
  const columns = [...meterColumns, initialColumn];
  for (const chunk of chunks(items)) {
    await countWritten(
      tx,
      sql`with src as (select * from ${recordset(columns, chunk)}),
          ins as (insert into meters (org_id, ${names(meterColumns as Column<unknown>[])}) select ${scope.orgId}::uuid, ${names(meterColumns as Column<unknown>[], "src.")} from src returning *),
          ev as (insert into meter_events (org_id, meter_id, building_id, premise_id, action, source, actor_type, actor_id, actor_name, after)
                 select ins.org_id, ins.id, ins.building_id, ins.premise_id, 'meter.created', 'import', ${actorValues(scope.actor)},
                        to_jsonb(ins) || jsonb_build_object('initialReadings', src.initial)
                 from ins join src on src.id = ins.id
                 returning *)${auditOfEvents}
          select count(*)::int as n from ins`,
      chunk.length,
    );
  }
}

/**
 * New readings and, for regular ones, their «meter_reading.submitted» journal rows, set-based. Only meters of the
 * organisation are written to; a plan naming any other is refused whole.
 */
export async function insertImportedReadings(tx: Db, scope: Scope, items: readonly ReadingValues[]): Promise<void> {
  const own = readingColumns.slice(0, -2);
  for (const chunk of chunks(items, READING_CHUNK)) {
    await countWritten(
      tx,
      sql`with src as (select * from ${recordset(readingColumns, chunk)}),
          ins as (insert into meter_readings (org_id, ${names(own as Column<unknown>[])}, source, author_type, author_id, author_name)
                  select ${scope.orgId}::uuid, ${names(own as Column<unknown>[], "src.")}, ${scope.readingSource ?? "import"}, ${actorValues(scope.actor)}
                  from src join meters m on m.id = src.meter_id and m.org_id = ${scope.orgId}
                  returning id, meter_id),
          ev as (insert into meter_events (org_id, meter_id, reading_id, building_id, premise_id, action, source, period, actor_type, actor_id, actor_name, after)
                 select ${scope.orgId}::uuid, m.id, src.id, m.building_id, m.premise_id, 'meter_reading.submitted', ${scope.readingSource ?? "import"}, src.period, ${actorValues(scope.actor)},
                        jsonb_build_object('zone', src.zone, 'value', src.value_milli::text, 'volume', src.volume, 'flagged', src.flagged, 'rollover', src.rollover)
                 from ins join src on src.id = ins.id join meters m on m.id = ins.meter_id
                 where src.kind = 'regular'
                 returning *)${auditOfEvents}
          select count(*)::int as n from ins`,
      chunk.length,
    );
  }
}

/**
 * The period's stored readings the file corrects, with «meter_reading.edited» journal rows keeping the old value.
 * Each must still hold the value the preview showed, or the import is stale.
 */
export async function updateImportedReadings(tx: Db, scope: Scope, items: readonly ReadingValues[]): Promise<void> {
  for (const chunk of chunks(items, READING_CHUNK)) {
    await countWritten(
      tx,
      sql`with src as (select * from ${recordset(readingColumns, chunk)}),
          upd as (update meter_readings t set value_milli = src.value_milli, source = ${scope.readingSource ?? "import"}, author_type = ${scope.actor.type},
                    author_id = ${scope.actor.id ?? null}::uuid, author_name = ${scope.actor.name}, taken_at = src.taken_at, flagged = src.flagged,
                    rollover = src.rollover, idempotency_key = coalesce(src.idempotency_key, t.idempotency_key), updated_at = now()
                  from src where t.id = src.id and t.org_id = ${scope.orgId} and t.value_milli = src.before::bigint
                  returning t.id, t.meter_id),
          ev as (insert into meter_events (org_id, meter_id, reading_id, building_id, premise_id, action, source, period, actor_type, actor_id, actor_name, before, after)
                 select ${scope.orgId}::uuid, m.id, src.id, m.building_id, m.premise_id, 'meter_reading.edited', ${scope.readingSource ?? "import"}, src.period, ${actorValues(scope.actor)},
                        jsonb_build_object('value', src.before),
                        jsonb_build_object('zone', src.zone, 'value', src.value_milli::text, 'volume', src.volume, 'flagged', src.flagged, 'rollover', src.rollover)
                 from upd join src on src.id = upd.id join meters m on m.id = upd.meter_id
                 returning *)${auditOfEvents}
          select count(*)::int as n from upd`,
      chunk.length,
    );
  }
}
