import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { buildings, organisations } from "./org";

export const roles = pgTable(
  "roles",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    name: text("name").notNull(),
    /** Key of the default role this one was created from (`director`, `dispatcher`, …); null for custom roles. */
    preset: text("preset"),
    description: text("description"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("roles_org_name_uq").on(t.orgId, t.name)],
);

export const rolePermissions = pgTable(
  "role_permissions",
  {
    roleId: uuid("role_id").notNull().references(() => roles.id, { onDelete: "cascade" }),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    permission: text("permission").notNull(),
  },
  (t) => [primaryKey({ columns: [t.roleId, t.permission] }), index("role_permissions_org_idx").on(t.orgId)],
);

export const roleNotifications = pgTable(
  "role_notifications",
  {
    roleId: uuid("role_id").notNull().references(() => roles.id, { onDelete: "cascade" }),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    event: text("event").notNull(),
    push: boolean("push").notNull().default(false),
    email: boolean("email").notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.roleId, t.event] }), index("role_notifications_org_idx").on(t.orgId)],
);

export const employees = pgTable(
  "employees",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    roleId: uuid("role_id").notNull().references(() => roles.id),
    /** Stored lower-case; sign-in is by email, so it is unique across organisations. */
    email: text("email").notNull(),
    passwordHash: text("password_hash").notNull(),
    lastName: text("last_name").notNull(),
    firstName: text("first_name").notNull(),
    middleName: text("middle_name"),
    position: text("position"),
    phone: text("phone"),
    photo: text("photo"),
    timezone: text("timezone"),
    /** When false, the employee sees only the buildings listed in employee_buildings. */
    allBuildings: boolean("all_buildings").notNull().default(true),
    blockedAt: timestamp("blocked_at", { withTimezone: true }),
    /** Bumped on password change or block so that existing sessions stop working. */
    sessionVersion: integer("session_version").notNull().default(1),
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("employees_email_uq").on(t.email), index("employees_org_idx").on(t.orgId)],
);

export const employeeBuildings = pgTable(
  "employee_buildings",
  {
    employeeId: uuid("employee_id").notNull().references(() => employees.id, { onDelete: "cascade" }),
    buildingId: uuid("building_id").notNull().references(() => buildings.id),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
  },
  (t) => [primaryKey({ columns: [t.employeeId, t.buildingId] }), index("employee_buildings_org_idx").on(t.orgId)],
);

export const passwordResetTokens = pgTable(
  "password_reset_tokens",
  {
    id: id(),
    employeeId: uuid("employee_id").notNull().references(() => employees.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("password_reset_tokens_hash_uq").on(t.tokenHash)],
);

export const apiKeys = pgTable(
  "api_keys",
  {
    id: id(),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    name: text("name").notNull(),
    /** First characters of the key, shown in lists so staff can tell keys apart. */
    prefix: text("prefix").notNull(),
    keyHash: text("key_hash").notNull(),
    scopes: text("scopes").array().notNull(),
    /** Addresses this key may call from; null: the organisation's staff allow-list applies. */
    ipAllowlist: text("ip_allowlist").array(),
    createdBy: uuid("created_by").references(() => employees.id),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("api_keys_org_idx").on(t.orgId), uniqueIndex("api_keys_hash_uq").on(t.keyHash)],
);
