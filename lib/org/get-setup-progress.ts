import { and, count, eq, gt, isNotNull, isNull, ne, or, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { auditLog, bankAccounts, buildings, employees, exchangeLog, legalEntities, organisations, roles } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";

export type SetupProgress = {
  /** Address, phone and email filled in: residents see them in the app. */
  profile: boolean;
  /** An active legal entity with an active bank account: needed for receipts. */
  legalEntity: boolean;
  building: boolean;
  /** Someone besides the director who registered the organisation. */
  employees: boolean;
  /** A role edited or added after sign-up (permissions or notifications reviewed). */
  roles: boolean;
  /** A file or an API batch loaded into the registry (an import or exchange run that ended well). */
  imported: boolean;
};

const filled = (column: PgColumn) => and(isNotNull(column), ne(column, ""));

/** Which of the first setup steps (seed 000 §2, seed 003 §4) the organisation has done, read from its data. */
export async function getSetupProgress(ctx: StaffContext): Promise<SetupProgress> {
  const { db, orgId } = ctx;
  const countOf = async (query: PromiseLike<{ n: number }[]>) => (await query)[0]?.n ?? 0;
  const [profile, accounts, activeBuildings, staff, editedRoles, roleAudits, imports] = await Promise.all([
    countOf(
      db
        .select({ n: count() })
        .from(organisations)
        .where(and(eq(organisations.id, orgId), filled(organisations.address), filled(organisations.phone), filled(organisations.email))),
    ),
    countOf(
      db
        .select({ n: count() })
        .from(bankAccounts)
        .innerJoin(legalEntities, eq(legalEntities.id, bankAccounts.legalEntityId))
        .where(and(eq(bankAccounts.orgId, orgId), isNull(bankAccounts.archivedAt), isNull(legalEntities.archivedAt))),
    ),
    countOf(db.select({ n: count() }).from(buildings).where(and(eq(buildings.orgId, orgId), isNull(buildings.archivedAt)))),
    countOf(db.select({ n: count() }).from(employees).where(eq(employees.orgId, orgId))),
    countOf(
      db
        .select({ n: count() })
        .from(roles)
        // Preset roles are stamped once at sign-up; a later save moves updated_at on, and custom roles are new.
        .where(and(eq(roles.orgId, orgId), or(gt(roles.updatedAt, sql`${roles.createdAt} + interval '1 second'`), isNull(roles.preset)))),
    ),
    countOf(db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.orgId, orgId), eq(auditLog.entityType, "role")))),
    countOf(db.select({ n: count() }).from(exchangeLog).where(and(eq(exchangeLog.orgId, orgId), eq(exchangeLog.status, "ok")))),
  ]);
  return {
    profile: profile > 0,
    legalEntity: accounts > 0,
    building: activeBuildings > 0,
    employees: staff > 1,
    roles: editedRoles + roleAudits > 0,
    imported: imports > 0,
  };
}
