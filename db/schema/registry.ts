import { type SQL, sql } from "drizzle-orm";
import { boolean, date, index, integer, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { buildings, legalEntities, organisations } from "./org";

/** квартира, машиноместо, кладовая, апартаменты, нежилое, дом, таунхаус, дуплекс, комната, участок (seed 002 §3). */
export const premiseTypes = ["flat", "parking", "storeroom", "apartment", "non_residential", "house", "townhouse", "duplex", "room", "land_plot"] as const;
export type PremiseType = (typeof premiseTypes)[number];

export const premises = pgTable(
  "premises",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    buildingId: uuid("building_id").notNull().references(() => buildings.id),
    type: text("type").$type<PremiseType>().notNull(),
    /** Number of the flat, parking space, storeroom, plot…; what residents call it. */
    number: text("number").notNull(),
    /**
     * The number as uniqueness sees it: lower case, no spaces, no leading zeros («01» = «1», «12 А» = «12а»). The same
     * rule as premiseNumberKey() in lib/validation/premise-facts.ts; computed here so every writer (form, import,
     * API) gets it without knowing.
     */
    numberKey: text("number_key")
      .notNull()
      .generatedAlwaysAs((): SQL => sql`regexp_replace(regexp_replace(lower(number), '\\s+', '', 'g'), '(^|\\D)0+(\\d)', '\\1\\2', 'g')`),
    entrance: text("entrance"),
    floor: text("floor"),
    totalArea: numeric("total_area", { precision: 10, scale: 2 }),
    livingArea: numeric("living_area", { precision: 10, scale: 2 }),
    rooms: integer("rooms"),
    /** Registered residents (зарегистрированы): billing by norm × residents multiplies by this. */
    registeredResidents: integer("registered_residents"),
    onlinePayment: boolean("online_payment").notNull().default(true),
    note: text("note"),
    externalId: text("external_id"),
    /** Building address + type + number, lower-cased, kept for fast address search. */
    searchText: text("search_text").notNull(),
    /**
     * The list order as one comparable text: city, street, house, block, building, type group, number, with digit runs
     * zero-padded so 2 < 10. Kept by triggers (migration premise_sort_key) on every write of a premise or its
     * building, whichever path writes it.
     */
    sortKey: text("sort_key").notNull().default(""),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("premises_org_idx").on(t.orgId),
    index("premises_building_idx").on(t.buildingId, t.number),
    index("premises_org_number_idx").on(t.orgId, t.number),
    // The REST API lists in this order and pages by it (cursor on updated_at, id).
    index("premises_org_updated_idx").on(t.orgId, t.updatedAt, t.id),
    uniqueIndex("premises_org_building_type_number_key_uq").on(t.orgId, t.buildingId, t.type, t.numberKey).where(sql`archived_at is null`),
    uniqueIndex("premises_org_external_uq").on(t.orgId, t.externalId).where(sql`external_id is not null`),
    index("premises_org_sort_idx").on(t.orgId, t.sortKey, t.id).where(sql`archived_at is null`),
    index("premises_search_trgm_idx").using("gin", t.searchText.op("gin_trgm_ops")),
  ],
);

export const clientTypes = ["individual", "sole_proprietor", "legal_entity", "foreign_branch"] as const;
export type ClientType = (typeof clientTypes)[number];

export const clients = pgTable(
  "clients",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    type: text("type").$type<ClientType>().notNull().default("individual"),
    /** A company's name goes here too (seed 003 §7): documents print last name first. */
    lastName: text("last_name"),
    firstName: text("first_name"),
    middleName: text("middle_name"),
    /** E.164; the resident's login to the cabinet. */
    phone: text("phone"),
    email: text("email"),
    gender: text("gender").$type<"male" | "female">(),
    birthDate: date("birth_date"),
    passport: text("passport"),
    passportNote: text("passport_note"),
    /** A person's registration address; a company's legal address. */
    registrationAddress: text("registration_address"),
    registrationPostalCode: text("registration_postal_code"),
    registrationAddressNote: text("registration_address_note"),
    inn: text("inn"),
    /** A company's КПП and ОГРН (an entrepreneur's ОГРНИП); persons have none. */
    kpp: text("kpp"),
    ogrn: text("ogrn"),
    /** Whom to ask for at a company; persons speak for themselves. */
    contactPerson: text("contact_person"),
    snils: text("snils"),
    note: text("note"),
    isTester: boolean("is_tester").notNull().default(false),
    blockedAt: timestamp("blocked_at", { withTimezone: true }),
    /** First and last sign-in to the resident cabinet; a client who never signed in may be merged by imports. */
    firstLoginAt: timestamp("first_login_at", { withTimezone: true }),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }),
    /** Lower-cased full name + phone digits, kept for search. */
    searchText: text("search_text").notNull().default(""),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("clients_org_idx").on(t.orgId),
    uniqueIndex("clients_org_phone_uq").on(t.orgId, t.phone).where(sql`phone is not null and archived_at is null`),
    index("clients_phone_idx").on(t.phone),
    index("clients_search_trgm_idx").using("gin", t.searchText.op("gin_trgm_ops")),
    index("clients_org_name_idx").on(t.orgId, t.lastName, t.firstName, t.middleName, t.id),
    index("clients_org_updated_idx").on(t.orgId, t.updatedAt, t.id),
  ],
);

/** Several external ids per client: data may come from more than one accounting system (seed 002 §13). */
export const clientExternalIds = pgTable(
  "client_external_ids",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    clientId: uuid("client_id").notNull().references(() => clients.id),
    externalId: text("external_id").notNull(),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("client_external_ids_org_ext_uq").on(t.orgId, t.externalId), index("client_external_ids_client_idx").on(t.clientId)],
);

/** Every phone a client of the organisation has ever had (merge rule 2b of seed 002 §1 looks at former numbers). */
export const clientPhoneHistory = pgTable(
  "client_phone_history",
  {
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    clientId: uuid("client_id").notNull().references(() => clients.id),
    phone: text("phone").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.phone, t.clientId] })],
);

export const linkBases = ["owner", "resident", "representative", "tenant", "unconfirmed_owner"] as const;
export type LinkBasis = (typeof linkBases)[number];

export const premiseClients = pgTable(
  "premise_clients",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    premiseId: uuid("premise_id").notNull().references(() => premises.id),
    clientId: uuid("client_id").notNull().references(() => clients.id),
    basis: text("basis").$type<LinkBasis>().notNull().default("owner"),
    /** The owner (or unconfirmed owner) a resident, tenant or representative depends on. */
    dependsOnClientId: uuid("depends_on_client_id").references(() => clients.id),
    dduNumber: text("ddu_number"),
    dduDate: date("ddu_date"),
    acceptanceActNumber: text("acceptance_act_number"),
    acceptanceActDate: date("acceptance_act_date"),
    certificateNumber: text("certificate_number"),
    certificateDate: date("certificate_date"),
    managementContractNumber: text("management_contract_number"),
    managementContractDate: date("management_contract_date"),
    /** As written on the title deed: "1", "1/2", "0.25". */
    ownershipShare: text("ownership_share"),
    staffComment: text("staff_comment"),
    onlinePayment: boolean("online_payment").notNull().default(true),
    keepOnIntegration: boolean("keep_on_integration").notNull().default(false),
    /** "staff" links cannot be removed by the owner from the cabinet. */
    addedBy: text("added_by").$type<"staff" | "resident" | "import">().notNull().default("staff"),
    removedAt: timestamp("removed_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("premise_clients_org_idx").on(t.orgId),
    index("premise_clients_premise_idx").on(t.premiseId),
    index("premise_clients_client_idx").on(t.clientId),
    uniqueIndex("premise_clients_active_uq").on(t.premiseId, t.clientId).where(sql`removed_at is null`),
  ],
);

export const personalAccounts = pgTable(
  "personal_accounts",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    premiseId: uuid("premise_id").notNull().references(() => premises.id),
    legalEntityId: uuid("legal_entity_id").references(() => legalEntities.id),
    number: text("number").notNull(),
    /** ЕЛС in the ГИС ЖКХ format 00АА000000. */
    els: text("els"),
    externalId: text("external_id"),
    hiddenInCabinet: boolean("hidden_in_cabinet").notNull().default(false),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("personal_accounts_org_idx").on(t.orgId),
    index("personal_accounts_premise_idx").on(t.premiseId),
    index("personal_accounts_org_updated_idx").on(t.orgId, t.updatedAt, t.id),
    uniqueIndex("personal_accounts_org_number_uq").on(t.orgId, t.number).where(sql`archived_at is null`),
    index("personal_accounts_org_els_idx").on(t.orgId, t.els),
    // Search matches account numbers whole or by their start, in lower case («ls-001» finds «ЛС-001»): a btree range
    // read, archived accounts included (the unique index leaves them out). Trigrams of digit strings are too common to
    // narrow anything down.
    index("personal_accounts_org_number_search_idx").using("btree", t.orgId, sql`lower(${t.number}) text_pattern_ops`),
  ],
);

export const tags = pgTable(
  "tags",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("tags_org_name_uq").on(t.orgId, t.name)],
);

export const premiseTags = pgTable(
  "premise_tags",
  {
    premiseId: uuid("premise_id").notNull().references(() => premises.id),
    tagId: uuid("tag_id").notNull().references(() => tags.id),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
  },
  (t) => [primaryKey({ columns: [t.premiseId, t.tagId] }), index("premise_tags_org_idx").on(t.orgId)],
);

export const clientTags = pgTable(
  "client_tags",
  {
    clientId: uuid("client_id").notNull().references(() => clients.id),
    tagId: uuid("tag_id").notNull().references(() => tags.id),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
  },
  (t) => [primaryKey({ columns: [t.clientId, t.tagId] }), index("client_tags_org_idx").on(t.orgId)],
);

export const premiseDocuments = pgTable(
  "premise_documents",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    premiseId: uuid("premise_id").notNull().references(() => premises.id),
    title: text("title").notNull(),
    description: text("description"),
    documentDate: date("document_date"),
    fileKey: text("file_key").notNull(),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("premise_documents_org_idx").on(t.orgId), index("premise_documents_premise_idx").on(t.premiseId)],
);

/** The timeline on premise and client cards: requests, payments, readings, registry changes. */
export const activities = pgTable(
  "activities",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    premiseId: uuid("premise_id").references(() => premises.id),
    clientId: uuid("client_id").references(() => clients.id),
    type: text("type").notNull(),
    subject: text("subject").notNull(),
    status: text("status"),
    createdAt: createdAt(),
  },
  (t) => [
    index("activities_premise_idx").on(t.orgId, t.premiseId, t.createdAt),
    index("activities_client_idx").on(t.orgId, t.clientId, t.createdAt),
  ],
);
