import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { organisations } from "./org";

/** Every message the system sends is recorded here first; delivery updates the row. */
export const outbox = pgTable(
  "outbox",
  {
    id: id(),
    orgId: uuid("org_id").references(() => organisations.id),
    channel: text("channel").notNull(),
    recipient: text("recipient").notNull(),
    subject: text("subject"),
    body: text("body").notNull(),
    template: text("template").notNull(),
    status: text("status").notNull().default("pending"),
    providerId: text("provider_id"),
    error: text("error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("outbox_org_idx").on(t.orgId), index("outbox_recipient_idx").on(t.recipient, t.createdAt)],
);
