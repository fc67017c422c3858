import { asc, count, eq, sql } from "drizzle-orm";
import { employees, rolePermissions, roles } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { assertPermission } from "./assert-permission";

export type RoleRow = {
  id: string;
  name: string;
  description: string | null;
  preset: string | null;
  employeeCount: number;
  permissionCount: number;
};

/** The organisation's roles with how many employees hold each and how many permissions each grants. */
export async function listRoles(ctx: StaffContext): Promise<RoleRow[]> {
  assertPermission(ctx, "access.roles.manage");
  const permissionCount = ctx.db
    .select({ roleId: rolePermissions.roleId, n: count().as("permission_n") })
    .from(rolePermissions)
    .where(eq(rolePermissions.orgId, ctx.orgId))
    .groupBy(rolePermissions.roleId)
    .as("permission_counts");
  const employeeCount = ctx.db
    .select({ roleId: employees.roleId, n: count().as("employee_n") })
    .from(employees)
    .where(eq(employees.orgId, ctx.orgId))
    .groupBy(employees.roleId)
    .as("employee_counts");
  return ctx.db
    .select({
      id: roles.id,
      name: roles.name,
      description: roles.description,
      preset: roles.preset,
      employeeCount: sql<number>`coalesce(${employeeCount.n}, 0)::int`,
      permissionCount: sql<number>`coalesce(${permissionCount.n}, 0)::int`,
    })
    .from(roles)
    .leftJoin(employeeCount, eq(employeeCount.roleId, roles.id))
    .leftJoin(permissionCount, eq(permissionCount.roleId, roles.id))
    .where(eq(roles.orgId, ctx.orgId))
    .orderBy(asc(roles.name));
}
