import { sql } from "drizzle-orm";
import { bigint, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { bankAccounts, buildings, legalEntities, organisations } from "./org";
import { personalAccounts, premises } from "./registry";
import type { MeterResource } from "./meters";
import { employees } from "./access";

/** Seed 000 §7: the tariff types; the invoice type decides which of them an invoice may carry (§12). */
export const tariffTypes = ["housing", "utility", "housing_utility", "operational", "capital_repair", "insurance", "one_time", "other"] as const;
export type TariffType = (typeof tariffTypes)[number];

/**
 * How billing gets a line's quantity (beyond the seed; ПП 354 п. 42, 59): from the premise's meters (volumes by
 * lib/meters, falling back to average and norm), norm × registered residents, norm × total area, total area (a
 * rate per m²), one per premise, or typed in by staff.
 */
export const tariffMethods = ["meter", "norm_residents", "norm_area", "area", "fixed", "manual"] as const;
export type TariffMethod = (typeof tariffMethods)[number];

export const invoiceTypes = ["utilities", "capital_repair", "insurance", "other"] as const;
export type InvoiceType = (typeof invoiceTypes)[number];
export type InvoiceStatus = "draft" | "issued" | "cancelled";
/** «Сформирован» is our ЕПД; «Загружен» is a file staff uploaded for the invoice (seed 000 §11); or none at all. */
export type InvoicePdfType = "generated" | "uploaded" | "none";

/**
 * A service billed at a building (seed 000 §7). Prices live in tariff_prices by validity date, so a new price keeps
 * the old one in history; an invoice line keeps its own snapshot of what it was priced with. Deleting a tariff
 * archives it: issued invoices still point at it.
 */
export const tariffs = pgTable(
  "tariffs",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    buildingId: uuid("building_id").notNull().references(() => buildings.id),
    name: text("name").notNull(),
    code: text("code"),
    type: text("type").$type<TariffType>().notNull(),
    /** 1, 2 or 3 rate zones; more than one only for kWh (seed 000 §7). */
    zones: integer("zones").notNull().default(1),
    unit: text("unit").notNull(),
    method: text("method").$type<TariffMethod>().notNull().default("manual"),
    /** For method "meter": which meters of the premise give the volume. */
    resource: text("resource").$type<MeterResource>(),
    /** ПП 354 п. 42: a meter could be installed, so billing by norm multiplies it by the increasing factor. */
    meterPossible: boolean("meter_possible").notNull().default(false),
    /** The increasing factor in thousandths (1500 = 1,5), data rather than code: regions and years differ. */
    increasingFactorMilli: integer("increasing_factor_milli").notNull().default(1500),
    legalEntityId: uuid("legal_entity_id").notNull().references(() => legalEntities.id),
    bankAccountId: uuid("bank_account_id").notNull().references(() => bankAccounts.id),
    /** VAT rate in percent when the price includes VAT (22 from 2026), null when it does not. */
    vatRate: integer("vat_rate"),
    penaltiesWithVat: boolean("penalties_with_vat").notNull().default(false),
    shownInCabinet: boolean("shown_in_cabinet").notNull().default(true),
    /** «Активировать ОДН для услуги»: invoices get a common-house line for the service. */
    commonEnabled: boolean("common_enabled").notNull().default(false),
    position: integer("position").notNull().default(0),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("tariffs_org_building_idx").on(t.orgId, t.buildingId)],
);

/**
 * A tariff's price from a date on. Prices are ten-thousandths of a rouble ("e4": 42,1234 ₽ = 421234n) per zone;
 * norms are thousandths of a unit per person or per m² ("milli"), as meter volumes are.
 */
export const tariffPrices = pgTable(
  "tariff_prices",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    tariffId: uuid("tariff_id").notNull().references(() => tariffs.id),
    validFrom: date("valid_from").notNull(),
    price1E4: bigint("price1_e4", { mode: "bigint" }).notNull(),
    price2E4: bigint("price2_e4", { mode: "bigint" }),
    price3E4: bigint("price3_e4", { mode: "bigint" }),
    /** Consumption norm per person (norm_residents, meter fallback) or per m² (norm_area), thousandths. */
    normMilli: bigint("norm_milli", { mode: "bigint" }),
    /** Common-house (ОДН) norm per m² of the premise's total area per month, thousandths. */
    commonNormMilli: bigint("common_norm_milli", { mode: "bigint" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("tariff_prices_tariff_from_uq").on(t.tariffId, t.validFrom)],
);

/**
 * An invoice (счёт) of one account for one type and period. A draft may change; issuing posts its lines to the
 * ledger and freezes it; an issued invoice is only cancelled (the ledger gets reversing entries). Money columns are
 * the sums of the lines, kept so lists never add up lines.
 */
export const invoices = pgTable(
  "invoices",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    buildingId: uuid("building_id").notNull().references(() => buildings.id),
    premiseId: uuid("premise_id").notNull().references(() => premises.id),
    accountId: uuid("account_id").notNull().references(() => personalAccounts.id),
    type: text("type").$type<InvoiceType>().notNull(),
    /** Billing month "YYYY-MM". */
    period: text("period").notNull(),
    status: text("status").$type<InvoiceStatus>().notNull().default("draft"),
    /** «Актуальный»: the invoice the resident pays now; the others of the type stay for reference. */
    isActual: boolean("is_actual").notNull().default(true),
    pdfType: text("pdf_type").$type<InvoicePdfType>().notNull().default("generated"),
    pdfFileKey: text("pdf_file_key"),
    pdfFileName: text("pdf_file_name"),
    /** ИПД, the payment document id of ГИС ЖКХ (00АА000000-00-0000), when the account has an ЕЛС. */
    paymentDocumentId: text("payment_document_id"),
    /** Debt (positive) or advance (negative) before this invoice, from the ledger when it was computed. */
    openingBalanceKopecks: bigint("opening_balance_kopecks", { mode: "bigint" }).notNull().default(sql`0`),
    accruedKopecks: bigint("accrued_kopecks", { mode: "bigint" }).notNull().default(sql`0`),
    recalculationKopecks: bigint("recalculation_kopecks", { mode: "bigint" }).notNull().default(sql`0`),
    benefitKopecks: bigint("benefit_kopecks", { mode: "bigint" }).notNull().default(sql`0`),
    penaltyKopecks: bigint("penalty_kopecks", { mode: "bigint" }).notNull().default(sql`0`),
    paidKopecks: bigint("paid_kopecks", { mode: "bigint" }).notNull().default(sql`0`),
    /** Amount due: opening balance + accrued + recalculation − benefit + penalty − paid. */
    totalKopecks: bigint("total_kopecks", { mode: "bigint" }).notNull().default(sql`0`),
    dueDate: date("due_date"),
    billingRunId: uuid("billing_run_id"),
    issuedAt: timestamp("issued_at", { withTimezone: true }),
    issuedBy: uuid("issued_by").references(() => employees.id),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelledBy: uuid("cancelled_by").references(() => employees.id),
    cancelReason: text("cancel_reason"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("invoices_org_period_idx").on(t.orgId, t.period, t.id),
    index("invoices_account_idx").on(t.accountId, t.period),
    index("invoices_building_idx").on(t.orgId, t.buildingId, t.period),
    index("invoices_run_idx").on(t.billingRunId),
    // «Счета» filtered by a premise, or searched by address or account (which name premises).
    index("invoices_premise_idx").on(t.premiseId, t.period),
    // «Счета» sorted by the amount due.
    index("invoices_org_total_idx").on(t.orgId, t.totalKopecks, t.id),
    // «Счета» filtered by status or type, in the list's period order: drafts and capital repair are a small part of a
    // year's 600,000 invoices, and counting them along invoices_org_period_idx would read every invoice.
    index("invoices_org_status_idx").on(t.orgId, t.status, t.period, t.id),
    index("invoices_org_type_idx").on(t.orgId, t.type, t.period, t.id),
    // One actual invoice per account, type and period (000 §11); the database says so, not only the form.
    uniqueIndex("invoices_one_actual_uq").on(t.accountId, t.type, t.period).where(sql`is_actual and status <> 'cancelled'`),
    // A billing run keeps one draft per account, type and period, so a resumed chunk replaces instead of doubling.
    uniqueIndex("invoices_one_run_draft_uq").on(t.accountId, t.type, t.period).where(sql`status = 'draft' and billing_run_id is not null`),
  ],
);

export type InvoiceLineKind = "service" | "common";

/**
 * One service of an invoice (seed 000 §12): quantity per zone × price per zone = accrued, rounded half-up to
 * kopecks once per line; then opening debt, recalculation, benefit, penalties and paid give the line's total.
 * `tariff` is the snapshot the line was priced with; `basis` explains the quantity (method, meter volumes,
 * average/norm and why), `penaltyDetail` the penalty's calculation.
 */
export const invoiceLines = pgTable(
  "invoice_lines",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    invoiceId: uuid("invoice_id").notNull().references(() => invoices.id, { onDelete: "cascade" }),
    tariffId: uuid("tariff_id").references(() => tariffs.id),
    kind: text("kind").$type<InvoiceLineKind>().notNull().default("service"),
    position: integer("position").notNull().default(0),
    serviceName: text("service_name").notNull(),
    unit: text("unit").notNull(),
    tariff: jsonb("tariff").notNull(),
    qty1Milli: bigint("qty1_milli", { mode: "bigint" }).notNull().default(sql`0`),
    qty2Milli: bigint("qty2_milli", { mode: "bigint" }),
    qty3Milli: bigint("qty3_milli", { mode: "bigint" }),
    price1E4: bigint("price1_e4", { mode: "bigint" }).notNull(),
    price2E4: bigint("price2_e4", { mode: "bigint" }),
    price3E4: bigint("price3_e4", { mode: "bigint" }),
    accruedKopecks: bigint("accrued_kopecks", { mode: "bigint" }).notNull().default(sql`0`),
    openingDebtKopecks: bigint("opening_debt_kopecks", { mode: "bigint" }).notNull().default(sql`0`),
    recalculationKopecks: bigint("recalculation_kopecks", { mode: "bigint" }).notNull().default(sql`0`),
    recalculationReason: text("recalculation_reason"),
    benefitKopecks: bigint("benefit_kopecks", { mode: "bigint" }).notNull().default(sql`0`),
    penaltyKopecks: bigint("penalty_kopecks", { mode: "bigint" }).notNull().default(sql`0`),
    paidKopecks: bigint("paid_kopecks", { mode: "bigint" }).notNull().default(sql`0`),
    totalKopecks: bigint("total_kopecks", { mode: "bigint" }).notNull().default(sql`0`),
    vatKopecks: bigint("vat_kopecks", { mode: "bigint" }),
    basis: jsonb("basis"),
    penaltyDetail: jsonb("penalty_detail"),
    createdAt: createdAt(),
  },
  (t) => [index("invoice_lines_invoice_idx").on(t.invoiceId, t.position)],
);

/** accrual/recalculation/benefit/penalty come from issued invoice lines, reversal from a cancelled one. */
/**
 * accrual/recalculation/benefit/penalty come from issued invoice lines, reversal from a cancelled one; payment from a
 * booked payment item (negative), refund gives money back (positive), payment_reversal undoes a deleted payment.
 */
export type LedgerKind =
  | "opening_balance"
  | "balance_adjustment"
  | "accrual"
  | "recalculation"
  | "benefit"
  | "penalty"
  | "reversal"
  | "payment"
  | "refund"
  | "payment_reversal";

/**
 * The append-only ledger of a personal account. Positive amounts increase what the resident owes (opening
 * debt, accruals, penalties), negative ones decrease it (payments, benefits). Corrections are new rows: a trigger
 * (migration billing) refuses UPDATE and DELETE, and another keeps account_balances in the same statement.
 */
export const ledgerEntries = pgTable(
  "ledger_entries",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    accountId: uuid("account_id").notNull().references(() => personalAccounts.id),
    kind: text("kind").$type<LedgerKind>().notNull(),
    amountKopecks: bigint("amount_kopecks", { mode: "bigint" }).notNull(),
    /** Billing month, `YYYY-MM`, when the entry belongs to one. */
    period: text("period"),
    occurredOn: date("occurred_on").notNull(),
    note: text("note"),
    source: text("source"),
    invoiceId: uuid("invoice_id").references(() => invoices.id),
    invoiceLineId: uuid("invoice_line_id").references(() => invoiceLines.id),
    /** The service (tariff) the entry belongs to, so penalties and «Расшифровка» can tell services apart. */
    tariffId: uuid("tariff_id").references(() => tariffs.id),
    /** Capital repair charges accrue penalties by their own rule (ЖК РФ ст. 155 ч. 14.1). */
    invoiceType: text("invoice_type").$type<InvoiceType>(),
    /** The payment (kinds payment, refund, payment_reversal) and the item of it this entry books. */
    paymentId: uuid("payment_id"),
    paymentItemId: uuid("payment_item_id"),
    createdAt: createdAt(),
  },
  (t) => [
    index("ledger_entries_account_idx").on(t.orgId, t.accountId, t.occurredOn),
    index("ledger_entries_invoice_idx").on(t.invoiceId),
    // An invoice line is posted once and reversed once, however often «Выставить» or «Аннулировать» is retried.
    uniqueIndex("ledger_entries_line_kind_uq").on(t.invoiceLineId, t.kind).where(sql`invoice_line_id is not null and payment_item_id is null`),
    // A payment item is booked once and reversed once, however many notifications arrive.
    uniqueIndex("ledger_entries_payment_item_kind_uq").on(t.paymentItemId, t.kind).where(sql`payment_item_id is not null`),
    // Money paid per billing month, for the start page's collection rate: only the payment kinds.
    index("ledger_entries_money_idx").on(t.orgId, t.period).where(sql`kind in ('payment', 'refund', 'payment_reversal')`),
  ],
);

/**
 * Σ ledger_entries per account, kept by a statement trigger on ledger_entries (migration billing) so the debt
 * filters of every list read one row per account. Never written by the application.
 */
export const accountBalances = pgTable(
  "account_balances",
  {
    accountId: uuid("account_id")
      .primaryKey()
      .references(() => personalAccounts.id),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    balanceKopecks: bigint("balance_kopecks", { mode: "bigint" }).notNull().default(sql`0`),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // With the account as the last key, «Должники» (largest debt first, ids breaking ties) is a walk of this index.
  (t) => [index("account_balances_org_balance_idx").on(t.orgId, t.balanceKopecks, t.accountId)],
);

/**
 * The dated facts penalties depend on (DOMAIN.md), as rows rather than code branches: the Bank of Russia key rate,
 * the ПП 474 cap (the lower of it and the key rate is used), and moratoria (no penalties at all, or none on debts
 * that arose before `debtsBefore`). Rows with org_id null come with the product; an organisation adds its own.
 */
export const penaltyRates = pgTable(
  "penalty_rates",
  {
    id: id(),
    orgId: uuid("org_id").references(() => organisations.id),
    kind: text("kind").$type<"key_rate" | "cap" | "moratorium">().notNull(),
    validFrom: date("valid_from").notNull(),
    /** Exclusive end; null: until further notice. */
    validTo: date("valid_to"),
    /** Hundredths of a percent (9,5 % = 950); null for a moratorium. */
    rateBp: integer("rate_bp"),
    /** A moratorium that only spares debts arising before this date (ПП 497); null spares every debt. */
    debtsBefore: date("debts_before"),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [index("penalty_rates_kind_idx").on(t.kind, t.validFrom)],
);

export type BillingRunStatus = "queued" | "running" | "ready" | "issuing" | "issued" | "failed" | "cancelled";

/**
 * A billing run: drafts for every active account of the chosen buildings and period, computed in chunks. The
 * cursor (last account id done) moves in the same transaction as the chunk's drafts, so a crashed run resumes
 * where it stopped and never accrues twice.
 */
export const billingRuns = pgTable(
  "billing_runs",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    period: text("period").notNull(),
    buildingIds: uuid("building_ids").array().notNull(),
    status: text("status").$type<BillingRunStatus>().notNull().default("queued"),
    totalAccounts: integer("total_accounts").notNull().default(0),
    processedAccounts: integer("processed_accounts").notNull().default(0),
    cursorAccountId: uuid("cursor_account_id"),
    issuedInvoices: integer("issued_invoices").notNull().default(0),
    error: text("error"),
    /** Totals per building and service, and the differences from the previous period, for the preview. */
    summary: jsonb("summary"),
    createdBy: uuid("created_by").references(() => employees.id),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("billing_runs_org_idx").on(t.orgId, t.createdAt)],
);
