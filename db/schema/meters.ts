import { sql } from "drizzle-orm";
import { bigint, bigserial, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { buildings, organisations } from "./org";
import { personalAccounts, premises } from "./registry";

export type MeterResource = "cold_water" | "hot_water" | "heating" | "electricity" | "gas";
/** Stored status; «поверка истекла» is also derived from the next verification date when staff have not set it. */
export type MeterStatus = "working" | "faulty" | "verification_expired" | "decommissioned";
/** `single` for one-rate meters; two-zone electricity has day+night, three-zone peak+semipeak+night. */
export type MeterZone = "single" | "day" | "night" | "peak" | "semipeak";
export type ReadingSource = "resident" | "staff" | "inspector" | "import" | "api";
/** initial: the dial when the meter was installed; final: when it was taken out; regular: a period's reading. */
export type ReadingKind = "initial" | "regular" | "final";

/**
 * Individual meters (ИПУ) of a premise and common-house meters (ОДПУ) of a building (premise_id null). A replaced
 * meter stays, decommissioned, so the history and the volumes of past periods can still be explained.
 */
export const meters = pgTable(
  "meters",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    buildingId: uuid("building_id").notNull().references(() => buildings.id),
    premiseId: uuid("premise_id").references(() => premises.id),
    accountId: uuid("account_id").references(() => personalAccounts.id),
    resource: text("resource").$type<MeterResource>().notNull(),
    /** 1, 2 or 3; only electricity has more than one. */
    zones: integer("zones").notNull().default(1),
    serialNumber: text("serial_number").notNull(),
    /** The serial without spaces and dashes, upper-cased: what «the same serial» means for uniqueness and search. */
    serialKey: text("serial_key").notNull(),
    model: text("model"),
    place: text("place"),
    installedOn: date("installed_on"),
    manufacturedOn: date("manufactured_on"),
    verificationIntervalYears: integer("verification_interval_years"),
    nextVerificationOn: date("next_verification_on"),
    lastCheckedOn: date("last_checked_on"),
    sealNumber: text("seal_number"),
    /** Integer digits on the dial: a reading wraps at 10^digits. Null when unknown (then no rollover is assumed). */
    digits: integer("digits"),
    status: text("status").$type<MeterStatus>().notNull().default("working"),
    statusSince: date("status_since"),
    decommissionedOn: date("decommissioned_on"),
    replacesMeterId: uuid("replaces_meter_id"),
    externalId: text("external_id"),
    note: text("note"),
    /**
     * The «Приборы учёта» list order as one text: the premise's sort key (a common-house meter: its building's, after
     * the premises), then the resource and the serial. Kept by triggers (migration meter_sort_key) on every write of a
     * meter, its premise or its building.
     */
    sortKey: text("sort_key").notNull().default(""),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("meters_org_sort_idx").on(t.orgId, t.sortKey, t.id),
    index("meters_org_serial_idx").on(t.orgId, t.serialKey, t.id),
    // A building's or a status's meters in the list's order, read off the index (also serves plain building lookups).
    index("meters_org_building_sort_idx").on(t.orgId, t.buildingId, t.sortKey, t.id),
    index("meters_org_status_sort_idx").on(t.orgId, t.status, t.sortKey, t.id),
    index("meters_premise_idx").on(t.premiseId),
    index("meters_account_idx").on(t.accountId),
    index("meters_org_next_verification_idx").on(t.orgId, t.nextVerificationOn),
    // A serial names one device in a building; a decommissioned one may come back after verification as a new row.
    uniqueIndex("meters_building_serial_uq").on(t.orgId, t.buildingId, t.serialKey).where(sql`${t.status} <> 'decommissioned'`),
    uniqueIndex("meters_org_external_id_uq").on(t.orgId, t.externalId),
    index("meters_org_serial_trgm_idx").using("gin", sql`${t.serialKey} gin_trgm_ops`),
  ],
);

/**
 * Readings in thousandths of the unit (123,456 m³ → 123456), so volumes are exact integer arithmetic. One regular
 * reading per meter, zone and period: a later submission in the same period replaces the value and the journal keeps
 * the old one.
 */
export const meterReadings = pgTable(
  "meter_readings",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    meterId: uuid("meter_id").notNull().references(() => meters.id),
    zone: text("zone").$type<MeterZone>().notNull().default("single"),
    /** The billing month the reading counts in, `YYYY-MM` (after the window it may be the next month). */
    period: text("period").notNull(),
    kind: text("kind").$type<ReadingKind>().notNull().default("regular"),
    valueMilli: bigint("value_milli", { mode: "bigint" }).notNull(),
    source: text("source").$type<ReadingSource>().notNull(),
    authorType: text("author_type").notNull(),
    authorId: uuid("author_id"),
    authorName: text("author_name").notNull(),
    takenAt: timestamp("taken_at", { withTimezone: true }).notNull().defaultNow(),
    /** An implausible jump someone confirmed: kept, and shown to staff for a check. */
    flagged: boolean("flagged").notNull().default(false),
    /** A rollover of the dial was assumed when this reading was below the previous one. */
    rollover: boolean("rollover").notNull().default(false),
    /**
     * Who-sent-what key (an API or import external id, an inspector phone's submission id): the same key twice is the
     * same reading, decided by the unique index, never by a lookup alone.
     */
    idempotencyKey: text("idempotency_key"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("meter_readings_meter_zone_period_kind_uq").on(t.meterId, t.zone, t.period, t.kind),
    uniqueIndex("meter_readings_org_idempotency_uq").on(t.orgId, t.idempotencyKey),
    index("meter_readings_org_period_idx").on(t.orgId, t.period),
  ],
);

export type MeterEventAction =
  | "meter.created"
  | "meter.updated"
  | "meter.status_changed"
  | "meter.replaced"
  | "meter_reading.submitted"
  | "meter_reading.replaced"
  | "meter_reading.edited";

/**
 * «История показаний» (003 §13): every action on devices and readings with its before/after, denormalised with the
 * building, premise and period so the journal filters without joins over hundreds of thousands of rows.
 */
export const meterEvents = pgTable(
  "meter_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    meterId: uuid("meter_id").notNull().references(() => meters.id),
    readingId: uuid("reading_id"),
    buildingId: uuid("building_id").notNull(),
    premiseId: uuid("premise_id"),
    action: text("action").$type<MeterEventAction>().notNull(),
    source: text("source").$type<ReadingSource>().notNull(),
    period: text("period"),
    actorType: text("actor_type").notNull(),
    actorId: uuid("actor_id"),
    actorName: text("actor_name").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    createdAt: createdAt(),
  },
  (t) => [
    index("meter_events_org_created_idx").on(t.orgId, t.createdAt),
    index("meter_events_meter_idx").on(t.meterId, t.createdAt),
    index("meter_events_org_building_idx").on(t.orgId, t.buildingId, t.createdAt),
  ],
);

export type MeterReminderKind = "readings_due" | "verification_due" | "verification_expired";

/**
 * Reminders already sent (§7), one row per recipient and occasion: «readings for 2026-11» to a client, «verification
 * of meter X due on its date» to a client or an employee. The unique index is what makes a reminder job safe to run
 * again (a retry, a second server, the hourly inline tick): whoever inserts the row sends the email.
 */
export const meterReminders = pgTable(
  "meter_reminders",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    kind: text("kind").$type<MeterReminderKind>().notNull(),
    recipientType: text("recipient_type").$type<"client" | "employee">().notNull(),
    recipientId: uuid("recipient_id").notNull(),
    /** The occasion: the period for readings, `meterId:date` for a verification. */
    occasion: text("occasion").notNull(),
    outboxId: uuid("outbox_id"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("meter_reminders_occasion_uq").on(t.orgId, t.kind, t.recipientType, t.recipientId, t.occasion)],
);
