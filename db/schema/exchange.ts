import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { apiKeys } from "./access";
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
  (t) => [index("api_requests_org_idx").on(t.orgId, t.createdAt), index("api_requests_key_idx").on(t.orgId, t.apiKeyId, t.createdAt)],
);
