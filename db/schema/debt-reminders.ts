import { sql } from "drizzle-orm";
import { bigint, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { employees } from "./access";
import { organisations } from "./org";
import { clients } from "./registry";

/** The channels a debt reminder may go by: those the outbox has (push arrives with the notifications issue). */
export const debtReminderChannels = ["email", "sms"] as const;
export type DebtReminderChannel = (typeof debtReminderChannels)[number];

/**
 * One «Напомнить о долге» (seed 000 §17): who sent it, when, by which channel, the debtors' filter as the list's URL
 * query and the employee's building scope at that moment (the job reads the same debtors), how many recipients the
 * preview promised and how many were reached.
 */
export const debtReminderRuns = pgTable(
  "debt_reminder_runs",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    channel: text("channel").$type<DebtReminderChannel>().notNull(),
    filter: jsonb("filter").$type<Record<string, string>>().notNull(),
    /** Null: every building. */
    buildingIds: uuid("building_ids").array(),
    recipients: integer("recipients").notNull(),
    sent: integer("sent").notNull().default(0),
    status: text("status").$type<"queued" | "done">().notNull().default("queued"),
    createdBy: uuid("created_by").references(() => employees.id),
    createdAt: createdAt(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("debt_reminder_runs_org_idx").on(t.orgId, t.createdAt)],
);

/**
 * A reminder one client got. (org, client, day) is unique: whatever runs overlap, a client hears about their debt at
 * most once a day — the database decides, the job only skips what it refuses.
 */
export const debtReminders = pgTable(
  "debt_reminders",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    runId: uuid("run_id").notNull().references(() => debtReminderRuns.id),
    clientId: uuid("client_id").notNull().references(() => clients.id),
    channel: text("channel").$type<DebtReminderChannel>().notNull(),
    recipient: text("recipient").notNull(),
    debtKopecks: bigint("debt_kopecks", { mode: "bigint" }).notNull(),
    /** The day in the organisation's time zone. */
    sentOn: date("sent_on").notNull().default(sql`current_date`),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("debt_reminders_client_day_uq").on(t.orgId, t.clientId, t.sentOn), index("debt_reminders_run_idx").on(t.runId)],
);
