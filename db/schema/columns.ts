import { timestamp, uuid } from "drizzle-orm/pg-core";

/** Primary key shared by every table: random UUIDs so ids leak nothing about volume or order. */
export const id = () => uuid("id").primaryKey().defaultRandom();

export const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const updatedAt = () =>
  timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());
