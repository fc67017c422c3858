import { sql } from "drizzle-orm";
import { bigint, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { bankAccounts, buildings, legalEntities, organisations } from "./org";
import { clients, personalAccounts, premises } from "./registry";
import { invoiceLines, invoices, type InvoiceType } from "./billing";
import { employees } from "./access";

export const paymentProviders = ["sandbox", "yookassa", "tbank"] as const;
export type PaymentProvider = (typeof paymentProviders)[number];

/**
 * A gateway account of a payee: which provider, for which legal entity and bank account, with its credentials
 * (encrypted at rest by lib/payments/gateway-secrets.ts, never sent back to a browser) and commission rule.
 */
export const paymentGateways = pgTable(
  "payment_gateways",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    legalEntityId: uuid("legal_entity_id").notNull().references(() => legalEntities.id),
    bankAccountId: uuid("bank_account_id").references(() => bankAccounts.id),
    provider: text("provider").$type<PaymentProvider>().notNull(),
    name: text("name").notNull(),
    /** Public half: YooKassa shopId, T-Bank TerminalKey; the sandbox has none. */
    accountKey: text("account_key"),
    /** AES-GCM of the secret (YooKassa secret key, T-Bank password, sandbox signing key), base64. */
    secretEncrypted: text("secret_encrypted"),
    /** Who bears the commission: the payer (added to the sum) or the organisation (taken from what arrives). */
    commissionPayer: text("commission_payer").$type<"payer" | "organisation">().notNull().default("organisation"),
    /** Hundredths of a percent (1,5 % = 150) and the minimum in kopecks. */
    commissionBp: integer("commission_bp").notNull().default(0),
    commissionMinKopecks: bigint("commission_min_kopecks", { mode: "bigint" }).notNull().default(sql`0`),
    isActive: boolean("is_active").notNull().default(true),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("payment_gateways_org_idx").on(t.orgId, t.legalEntityId)],
);

export type PaymentIntent = { accountId: string; invoiceIds: string[]; amountKopecks: string };

export type PaymentSource = "online" | "api" | "statement" | "registry" | "manual";
export type PaymentStatus = "pending" | "succeeded" | "canceled" | "failed" | "mismatch" | "deleted";

/**
 * Money a payer sent (or tried to). Online payments start pending and are booked when the gateway confirms;
 * third-party ones (API, bank statement, registry) arrive booked. `idempotency_key` is unique per organisation: an
 * online payment's order id, an API item's external id, a statement line's fingerprint — so a duplicate books once
 * whatever the application does.
 */
export const payments = pgTable(
  "payments",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    source: text("source").$type<PaymentSource>().notNull(),
    status: text("status").$type<PaymentStatus>().notNull().default("pending"),
    idempotencyKey: text("idempotency_key").notNull(),
    gatewayId: uuid("gateway_id").references(() => paymentGateways.id),
    provider: text("provider").$type<PaymentProvider>(),
    /** The provider's id (YooKassa payment id, T-Bank PaymentId); unique per provider. */
    providerPaymentId: text("provider_payment_id"),
    /** What goes to invoices and advances. */
    amountKopecks: bigint("amount_kopecks", { mode: "bigint" }).notNull(),
    commissionKopecks: bigint("commission_kopecks", { mode: "bigint" }).notNull().default(sql`0`),
    /** What the payer was charged: amount + commission when the payer bears it. */
    chargedKopecks: bigint("charged_kopecks", { mode: "bigint" }).notNull(),
    refundedKopecks: bigint("refunded_kopecks", { mode: "bigint" }).notNull().default(sql`0`),
    /** The main account paid for (online: the first invoice's; third-party: the matched one). */
    accountId: uuid("account_id").references(() => personalAccounts.id),
    buildingId: uuid("building_id").references(() => buildings.id),
    payerClientId: uuid("payer_client_id").references(() => clients.id),
    payerName: text("payer_name"),
    receiptEmail: text("receipt_email"),
    receiptSentAt: timestamp("receipt_sent_at", { withTimezone: true }),
    purpose: text("purpose"),
    /**
     * What the payer chose, per account: [{ accountId, invoiceIds, amountKopecks }] — booking allocates each amount to
     * those invoices' unpaid lines first, then the account's oldest, then an advance. Third-party payments: one entry.
     */
    intent: jsonb("intent").$type<PaymentIntent[]>().notNull().default(sql`'[]'::jsonb`),
    savedMethodId: uuid("saved_method_id"),
    isAutopay: boolean("is_autopay").notNull().default(false),
    /** Why staff must look (amount differs from what was asked, unknown account): booked only when resolved. */
    flagReason: text("flag_reason"),
    paidAt: timestamp("paid_at", { withTimezone: true }),
    /** The date money arrived, for third-party payments (statement date). */
    paidOn: date("paid_on"),
    statementId: uuid("statement_id"),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    deletedBy: uuid("deleted_by").references(() => employees.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("payments_org_idempotency_uq").on(t.orgId, t.idempotencyKey),
    uniqueIndex("payments_provider_id_uq").on(t.provider, t.providerPaymentId).where(sql`provider_payment_id is not null`),
    index("payments_org_created_idx").on(t.orgId, t.createdAt, t.id),
    // GET /api/v1/payments pages by (updated_at, id), as every API list does.
    index("payments_org_updated_idx").on(t.orgId, t.updatedAt, t.id),
    index("payments_account_idx").on(t.accountId),
  ],
);

export type PaymentItemKind = "invoice_line" | "advance" | "insurance" | "supplier";

/**
 * How a payment is split: per invoice line it pays (so the ledger and penalties know which service was paid), an
 * advance to an account, or a supplier's bill. Σ items = payments.amount_kopecks.
 */
export const paymentItems = pgTable(
  "payment_items",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    paymentId: uuid("payment_id").notNull().references(() => payments.id),
    /** Order within the payment; unique with it, so a payment can be split (booked) only once. */
    position: integer("position").notNull(),
    kind: text("kind").$type<PaymentItemKind>().notNull(),
    accountId: uuid("account_id").references(() => personalAccounts.id),
    invoiceId: uuid("invoice_id").references(() => invoices.id),
    invoiceLineId: uuid("invoice_line_id").references(() => invoiceLines.id),
    invoiceType: text("invoice_type").$type<InvoiceType>(),
    amountKopecks: bigint("amount_kopecks", { mode: "bigint" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("payment_items_payment_position_uq").on(t.paymentId, t.position), index("payment_items_invoice_idx").on(t.invoiceId)],
);

/** Every notification a gateway sent, deduplicated by its own key: a replay is recognised before anything else. */
export const paymentEvents = pgTable(
  "payment_events",
  {
    id: id(),
    provider: text("provider").$type<PaymentProvider>().notNull(),
    eventKey: text("event_key").notNull(),
    paymentId: uuid("payment_id").references(() => payments.id),
    orgId: uuid("org_id").references(() => organisations.id),
    payload: jsonb("payload").notNull(),
    outcome: text("outcome"),
    receivedAt: createdAt(),
  },
  (t) => [uniqueIndex("payment_events_provider_key_uq").on(t.provider, t.eventKey)],
);

export const refunds = pgTable(
  "refunds",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    paymentId: uuid("payment_id").notNull().references(() => payments.id),
    amountKopecks: bigint("amount_kopecks", { mode: "bigint" }).notNull(),
    reason: text("reason").notNull(),
    status: text("status").$type<"pending" | "succeeded" | "failed">().notNull().default("pending"),
    providerRefundId: text("provider_refund_id"),
    idempotencyKey: text("idempotency_key").notNull(),
    createdBy: uuid("created_by").references(() => employees.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("refunds_org_idempotency_uq").on(t.orgId, t.idempotencyKey), index("refunds_payment_idx").on(t.paymentId)],
);

/** A card a resident saved at a gateway (YooKassa payment_method.id, T-Bank RebillId), for autopay and quick pay. */
export const savedPaymentMethods = pgTable(
  "saved_payment_methods",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    clientId: uuid("client_id").notNull().references(() => clients.id),
    gatewayId: uuid("gateway_id").notNull().references(() => paymentGateways.id),
    providerMethodId: text("provider_method_id").notNull(),
    /** «•••• 4242», «Visa», expiry as the gateway tells it. */
    title: text("title").notNull(),
    expiresOn: text("expires_on"),
    removedAt: timestamp("removed_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("saved_payment_methods_client_idx").on(t.clientId), uniqueIndex("saved_payment_methods_gateway_method_uq").on(t.gatewayId, t.providerMethodId)],
);

export const autopaySettings = pgTable(
  "autopay_settings",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    clientId: uuid("client_id").notNull().references(() => clients.id),
    premiseId: uuid("premise_id").notNull().references(() => premises.id),
    invoiceTypes: text("invoice_types").array().$type<InvoiceType[]>().notNull(),
    mode: text("mode").$type<"after_issue" | "day_of_month">().notNull(),
    daysAfterIssue: integer("days_after_issue"),
    dayOfMonth: integer("day_of_month"),
    monthlyLimitKopecks: bigint("monthly_limit_kopecks", { mode: "bigint" }),
    savedMethodId: uuid("saved_method_id").notNull().references(() => savedPaymentMethods.id),
    email: text("email"),
    isActive: boolean("is_active").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("autopay_settings_client_premise_uq").on(t.clientId, t.premiseId), index("autopay_settings_org_idx").on(t.orgId)],
);

/** One try to charge an invoice by autopay; (setting, invoice, attempt) is unique so a rerun of the day charges once. */
export const autopayAttempts = pgTable(
  "autopay_attempts",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    autopayId: uuid("autopay_id").notNull().references(() => autopaySettings.id),
    invoiceId: uuid("invoice_id").notNull().references(() => invoices.id),
    attempt: integer("attempt").notNull(),
    status: text("status").$type<"charging" | "succeeded" | "failed" | "over_limit">().notNull(),
    paymentId: uuid("payment_id").references(() => payments.id),
    error: text("error"),
    attemptedOn: date("attempted_on").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("autopay_attempts_uq").on(t.autopayId, t.invoiceId, t.attempt)],
);

/** An uploaded bank statement or registry; the file's hash is unique per organisation, so it is imported once. */
export const bankStatements = pgTable(
  "bank_statements",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    format: text("format").$type<"1c" | "registry_csv">().notNull(),
    fileName: text("file_name").notNull(),
    fileHash: text("file_hash").notNull(),
    lines: integer("lines").notNull().default(0),
    matched: integer("matched").notNull().default(0),
    createdBy: uuid("created_by").references(() => employees.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("bank_statements_org_hash_uq").on(t.orgId, t.fileHash)],
);

/** Organisations outside the ЕПД whose bills residents pay through us (seed 000 §9): internet, intercom, gas… */
export const externalSuppliers = pgTable(
  "external_suppliers",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    name: text("name").notNull(),
    inn: text("inn").notNull(),
    kpp: text("kpp"),
    bankName: text("bank_name"),
    bik: text("bik"),
    settlementAccount: text("settlement_account"),
    correspondentAccount: text("correspondent_account"),
    /** The fields a resident fills in to pay (contract number, phone…), as [{ key, label, pattern? }]. */
    payerFields: jsonb("payer_fields").notNull().default(sql`'[]'::jsonb`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("external_suppliers_org_inn_uq").on(t.orgId, t.inn)],
);

export const buildingSuppliers = pgTable(
  "building_suppliers",
  {
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    buildingId: uuid("building_id").notNull().references(() => buildings.id),
    supplierId: uuid("supplier_id").notNull().references(() => externalSuppliers.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("building_suppliers_uq").on(t.buildingId, t.supplierId)],
);

export type AutopayNoticeKind = "reminder" | "over_limit" | "failed";

/**
 * What autopay told a resident about an invoice — the reminder the day before the charge, «above the limit, pay it
 * yourself», «three tries failed» — unique per (setting, invoice, kind), so a rerun of the day tells nobody twice.
 */
export const autopayNotices = pgTable(
  "autopay_notices",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    autopayId: uuid("autopay_id").notNull().references(() => autopaySettings.id),
    invoiceId: uuid("invoice_id").notNull().references(() => invoices.id),
    kind: text("kind").$type<AutopayNoticeKind>().notNull(),
    outboxId: uuid("outbox_id"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("autopay_notices_uq").on(t.autopayId, t.invoiceId, t.kind)],
);

/**
 * What a resident filled in for a supplier (contract number, phone…), kept for the next payment («Сохранить
 * реквизиты платежа», seed 000 resident §6): one row per client and supplier.
 */
export const clientSupplierDetails = pgTable(
  "client_supplier_details",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    clientId: uuid("client_id").notNull().references(() => clients.id),
    supplierId: uuid("supplier_id").notNull().references(() => externalSuppliers.id),
    values: jsonb("values").$type<Record<string, string>>().notNull().default(sql`'{}'::jsonb`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("client_supplier_details_uq").on(t.clientId, t.supplierId)],
);
