import { sql } from "drizzle-orm";
import { boolean, date, index, integer, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";

export const organisations = pgTable(
  "organisations",
  {
    id: id(),
    name: text("name").notNull(),
    inn: text("inn").notNull(),
    region: text("region").notNull(),
    timezone: text("timezone").notNull().default("Europe/Moscow"),
    logo: text("logo"),
    siteDomain: text("site_domain"),
    email: text("email"),
    phone: text("phone"),
    address: text("address"),
    /** When residents may come to the office or call, as the organisation writes it («Пн–Пт 9:00–18:00»). */
    receptionHours: text("reception_hours"),
    contactPerson: text("contact_person"),
    additionalInfo: text("additional_info"),
    nextRequestNumber: integer("next_request_number").notNull().default(1),
    meterReminderDay: integer("meter_reminder_day"),
    // The reading collection window (ПП 354: readings are due by the 25th); a building may override the days.
    meterWindowStartDay: integer("meter_window_start_day").notNull().default(15),
    meterWindowEndDay: integer("meter_window_end_day").notNull().default(25),
    /** What happens to a reading outside the window: counted in the next period (ПП 354), or refused. */
    meterLateReadings: text("meter_late_readings").$type<"next_period" | "refuse">().notNull().default("next_period"),
    residentsSeeExecutors: boolean("residents_see_executors").notNull().default(false),
    // ЖК РФ ст. 155 from 01.03.2026: the payment document by the 5th, payment by the 15th of the next month.
    paymentDueDay: integer("payment_due_day").notNull().default(15),
    documentDay: integer("document_day").notNull().default(5),
    // The two questions DOMAIN.md leaves unsettled: does the payment day count as overdue, and is «by the 15th»
    // still on time on the 15th (then day 1 of the delay is the 16th).
    penaltyCountsPaymentDay: boolean("penalty_counts_payment_day").notNull().default(true),
    penaltyDueDayOnTime: boolean("penalty_due_day_on_time").notNull().default(true),
    /** Empty list: staff may sign in from anywhere. Entries are IPv4/IPv6 addresses or CIDR ranges. */
    staffIpAllowlist: text("staff_ip_allowlist").array().notNull().default(sql`'{}'::text[]`),
    pdConsentAt: timestamp("pd_consent_at", { withTimezone: true }),
    pdConsentVersion: text("pd_consent_version"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("organisations_inn_uq").on(t.inn)],
);

export const legalEntities = pgTable(
  "legal_entities",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    name: text("name").notNull(),
    inn: text("inn").notNull(),
    kpp: text("kpp"),
    ogrn: text("ogrn"),
    address: text("address"),
    phone: text("phone"),
    email: text("email"),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("legal_entities_org_idx").on(t.orgId), uniqueIndex("legal_entities_org_inn_uq").on(t.orgId, t.inn)],
);

export const bankAccounts = pgTable(
  "bank_accounts",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    legalEntityId: uuid("legal_entity_id").notNull().references(() => legalEntities.id),
    bankName: text("bank_name").notNull(),
    bik: text("bik").notNull(),
    settlementAccount: text("settlement_account").notNull(),
    correspondentAccount: text("correspondent_account").notNull(),
    isDefault: boolean("is_default").notNull().default(false),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("bank_accounts_org_idx").on(t.orgId),
    index("bank_accounts_entity_idx").on(t.legalEntityId),
    // At most one default account per legal entity; the services keep exactly one, the database guarantees it.
    uniqueIndex("bank_accounts_one_default_uq").on(t.legalEntityId).where(sql`is_default and archived_at is null`),
  ],
);

export const buildingGroups = pgTable(
  "building_groups",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("building_groups_org_name_uq").on(t.orgId, t.name)],
);

export const quarters = pgTable(
  "quarters",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("quarters_org_name_uq").on(t.orgId, t.name)],
);

export const buildings = pgTable(
  "buildings",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    groupId: uuid("group_id").references(() => buildingGroups.id),
    quarterId: uuid("quarter_id").references(() => quarters.id),
    legalEntityId: uuid("legal_entity_id").references(() => legalEntities.id),
    postalCode: text("postal_code"),
    region: text("region"),
    city: text("city").notNull(),
    street: text("street").notNull(),
    house: text("house").notNull(),
    block: text("block"),
    structure: text("structure"),
    /** Human-readable address assembled from the parts, kept for search and display. */
    address: text("address").notNull(),
    externalId: text("external_id"),
    // The building's passport (технический паспорт / ГИС ЖКХ card): what registers and receipts ask about the house.
    yearBuilt: integer("year_built"),
    floors: integer("floors"),
    entrances: integer("entrances"),
    totalArea: numeric("total_area", { precision: 12, scale: 2 }),
    livingArea: numeric("living_area", { precision: 12, scale: 2 }),
    nonResidentialArea: numeric("non_residential_area", { precision: 12, scale: 2 }),
    cadastralNumber: text("cadastral_number"),
    /** The house's GUID in ФИАС / ГАР. */
    fiasCode: text("fias_code"),
    /** The house's identifier in ГИС ЖКХ. */
    gisHousingCode: text("gis_housing_code"),
    managementStartDate: date("management_start_date"),
    meterWindowStartDay: integer("meter_window_start_day"),
    meterWindowEndDay: integer("meter_window_end_day"),
    // Payments at the building (seed 000 §8).
    onlinePayment: boolean("online_payment").notNull().default(true),
    /** «Произвольная сумма оплаты»: the resident types the amount, advances included. */
    arbitraryAmount: boolean("arbitrary_amount").notNull().default(false),
    acceptWithoutInvoices: boolean("accept_without_invoices").notNull().default(false),
    insuranceAfterFullRepayment: boolean("insurance_after_full_repayment").notNull().default(false),
    insuranceWithAdvance: boolean("insurance_with_advance").notNull().default(false),
    /** «Отображать пени одной строкой»: the cabinet shows penalties as one block split by service. */
    penaltiesOneLine: boolean("penalties_one_line").notNull().default(false),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("buildings_org_idx").on(t.orgId),
    index("buildings_group_idx").on(t.groupId),
    index("buildings_org_updated_idx").on(t.orgId, t.updatedAt, t.id),
  ],
);
