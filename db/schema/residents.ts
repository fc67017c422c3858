import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { organisations } from "./org";
import { clients, personalAccounts, premises } from "./registry";

/** One-time SMS codes for resident sign-in and registration; only a hash of the code is kept. */
export const otpCodes = pgTable(
  "otp_codes",
  {
    id: id(),
    phone: text("phone").notNull(),
    purpose: text("purpose").$type<"sign_in" | "registration">().notNull(),
    codeHash: text("code_hash").notNull(),
    attempts: integer("attempts").notNull().default(0),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    consumedAt: timestamp("consumed_at", { withTimezone: true }),
    ip: text("ip"),
    createdAt: createdAt(),
  },
  (t) => [index("otp_codes_phone_idx").on(t.phone, t.createdAt)],
);

export const registrationRequests = pgTable(
  "registration_requests",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    accountNumber: text("account_number").notNull(),
    lastName: text("last_name").notNull(),
    firstName: text("first_name"),
    middleName: text("middle_name"),
    phone: text("phone").notNull(),
    /** Resolved at submission when the account number exists. */
    accountId: uuid("account_id").references(() => personalAccounts.id),
    premiseId: uuid("premise_id").references(() => premises.id),
    status: text("status").$type<"pending" | "approved" | "declined">().notNull().default("pending"),
    declineReason: text("decline_reason"),
    clientId: uuid("client_id").references(() => clients.id),
    decidedBy: uuid("decided_by"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    consentVersion: text("consent_version").notNull(),
    consentIp: text("consent_ip"),
    createdAt: createdAt(),
  },
  (t) => [index("registration_requests_org_idx").on(t.orgId, t.status, t.createdAt)],
);

/** Consent to personal-data processing (152-ФЗ): which text, when, from where; withdrawal is kept, not deleted. */
export const pdConsents = pgTable(
  "pd_consents",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    clientId: uuid("client_id").references(() => clients.id),
    phone: text("phone").notNull(),
    textVersion: text("text_version").notNull(),
    channel: text("channel").notNull(),
    ip: text("ip"),
    givenAt: timestamp("given_at", { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
  },
  (t) => [index("pd_consents_org_idx").on(t.orgId, t.phone)],
);
