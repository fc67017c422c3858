import { asc, eq, sql } from "drizzle-orm";
import { auditLog, employees } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { auditEntityTypeLabel } from "./audit-labels";

type Option = { value: string; label: string };

/** Choices for the journal's filters: the organisation's employees plus «Система», and entity types present. */
export async function getAuditFilterOptions(ctx: StaffContext): Promise<{ actors: Option[]; entityTypes: Option[] }> {
  assertPermission(ctx, "audit.view");
  const [people, types] = await Promise.all([
    ctx.db
      .select({ value: employees.id, label: sql<string>`${employees.lastName} || ' ' || ${employees.firstName}` })
      .from(employees)
      .where(eq(employees.orgId, ctx.orgId))
      .orderBy(asc(employees.lastName), asc(employees.firstName)),
    ctx.db
      .selectDistinct({ entityType: auditLog.entityType })
      .from(auditLog)
      .where(eq(auditLog.orgId, ctx.orgId))
      .orderBy(asc(auditLog.entityType)),
  ]);
  return {
    actors: [{ value: "system", label: "Система" }, ...people],
    entityTypes: types.map(({ entityType }) => ({ value: entityType, label: auditEntityTypeLabel(entityType) })),
  };
}
