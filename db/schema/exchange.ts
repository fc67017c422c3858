import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { apiKeys, employees } from "./access";
import { createdAt, id } from "./columns";
import { organisations } from "./org";

/** One row per import or export run: what came in, what changed, what was wrong. */
export const exchangeLog = pgTable(
  "exchange_log",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    kind: text("kind").notNull(),
    status: text("status").$type<"ok" | "failed" | "rejected">().notNull(),
    fileName: text("file_name"),
    actorName: text("actor_name"),
    summary: jsonb("summary"),
    errors: jsonb("errors"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [index("exchange_log_org_idx").on(t.orgId, t.createdAt)],
);

export const exportStatuses = ["queued", "running", "done", "failed"] as const;
export type ExportStatus = (typeof exportStatuses)[number];

/**
 * An export too large to answer inline, run as a background job: who asked, for which list with which URL query,
 * how far it got, and where the file is once it is done.
 */
export const exportJobs = pgTable(
  "export_jobs",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    employeeId: uuid("employee_id").notNull().references(() => employees.id),
    /** The employee's session version when asked: a job of a signed-out or changed account does not run. */
    sessionVersion: integer("session_version").notNull(),
    ip: text("ip"),
    kind: text("kind").notNull(),
    /** The list's URL query (search, filters, sort) as the employee saw it. */
    query: jsonb("query").$type<Record<string, string>>().notNull(),
    status: text("status").$type<ExportStatus>().notNull().default("queued"),
    /** Rows expected (the count when asked, maybe an estimate) and rows written so far. */
    expected: integer("expected"),
    written: integer("written").notNull().default(0),
    skipped: integer("skipped").notNull().default(0),
    fileKey: text("file_key"),
    error: text("error"),
    createdAt: createdAt(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("export_jobs_org_idx").on(t.orgId, t.employeeId, t.createdAt)]
);

/** One row per REST API request made with a key: what was asked, how it was answered, how long it took. */
export const apiRequests = pgTable(
  "api_requests",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    apiKeyId: uuid("api_key_id").notNull().references(() => apiKeys.id),
    method: text("method").notNull(),
    path: text("path").notNull(),
    status: integer("status").notNull(),
    durationMs: integer("duration_ms").notNull(),
    ip: text("ip"),
    /** The problem's detail for a refused request, so staff see why without asking the integrator. */
    detail: text("detail"),
    createdAt: createdAt(),
  },
  (t) => [index("api_requests_org_idx").on(t.orgId, t.createdAt), index("api_requests_key_idx").on(t.orgId, t.apiKeyId, t.createdAt)]
);
