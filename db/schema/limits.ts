import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * One counter per guarded key («staff_sign_in:ip:203.0.113.5», «sms_org_day:<org id>»): how many hits the current
 * window has taken and when it ends. Not a tenant table — keys name an address, a phone or an organisation.
 */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  hits: integer("hits").notNull(),
  resetAt: timestamp("reset_at", { withTimezone: true }).notNull(),
});
