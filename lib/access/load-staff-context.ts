import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { employeeBuildings, employees, organisations, rolePermissions } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { isIpAllowed } from "@/lib/auth/ip-allowlist";
import { isPermission, type Permission } from "@/lib/core/permissions";

const signedOut = () => new AppError("UNAUTHENTICATED", "Сессия завершена. Войдите снова");

/**
 * Builds the context for a signed-in employee from the database, not from the session token, so that a
 * block, a role change or a password change takes effect on the very next request.
 */
export async function loadStaffContext(
  db: Db,
  session: { employeeId: string; sessionVersion: number },
  ip?: string | null,
): Promise<StaffContext> {
  const [row] = await db
    .select({ employee: employees, orgTimezone: organisations.timezone, allowlist: organisations.staffIpAllowlist })
    .from(employees)
    .innerJoin(organisations, eq(organisations.id, employees.orgId))
    .where(eq(employees.id, session.employeeId))
    .limit(1);
  if (!row || row.employee.blockedAt || row.employee.sessionVersion !== session.sessionVersion) throw signedOut();
  const { employee } = row;
  // Checked on every request, not only at sign-in: a session opened before the list changed must not outlive it.
  if (!isIpAllowed(ip, row.allowlist)) {
    throw new AppError("UNAUTHENTICATED", "Вход для сотрудников с этого IP-адреса запрещён настройками организации");
  }

  const perms = await db
    .select({ permission: rolePermissions.permission })
    .from(rolePermissions)
    .where(and(eq(rolePermissions.roleId, employee.roleId), eq(rolePermissions.orgId, employee.orgId)));
  const permissions = new Set<Permission>(perms.map((p) => p.permission).filter(isPermission));

  let buildingIds: string[] | null = null;
  if (!employee.allBuildings) {
    const scoped = await db
      .select({ buildingId: employeeBuildings.buildingId })
      .from(employeeBuildings)
      .where(and(eq(employeeBuildings.employeeId, employee.id), eq(employeeBuildings.orgId, employee.orgId)));
    buildingIds = scoped.map((s) => s.buildingId);
  }

  return {
    db,
    orgId: employee.orgId,
    actor: { type: "employee", id: employee.id, name: `${employee.lastName} ${employee.firstName}` },
    permissions,
    buildingIds,
    timezone: employee.timezone ?? row.orgTimezone,
    ip,
  };
}
