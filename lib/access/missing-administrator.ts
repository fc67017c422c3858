import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { employees, organisations, rolePermissions } from "@/db/schema";
import { permissionLabel, type Permission } from "@/lib/core/permissions";

/** Rights without which nobody could ever again manage staff or roles, so someone active must keep each. */
const guarded: readonly Permission[] = ["access.employees.manage", "access.roles.manage"];

/**
 * Run inside the transaction, after the change: returns the label of a guarded right that no unblocked employee
 * holds any more (the caller then throws, rolling the change back), or null. Locking the organisation row first
 * serialises concurrent changes, so two admins cannot block each other at the same moment.
 */
export async function missingAdministrator(tx: Db, orgId: string): Promise<string | null> {
  await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, orgId)).for("update");
  const held = await tx
    .selectDistinct({ permission: rolePermissions.permission })
    .from(employees)
    .innerJoin(rolePermissions, and(eq(rolePermissions.roleId, employees.roleId), eq(rolePermissions.orgId, orgId)))
    .where(and(eq(employees.orgId, orgId), isNull(employees.blockedAt), inArray(rolePermissions.permission, [...guarded])));
  const missing = guarded.find((p) => !held.some((h) => h.permission === p));
  return missing ? permissionLabel(missing) : null;
}
