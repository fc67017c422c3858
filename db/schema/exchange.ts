import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
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
