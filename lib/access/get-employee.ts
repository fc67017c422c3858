import { and, eq } from "drizzle-orm";
import { employeeBuildings, employees } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { signInLocks } from "@/lib/auth/authenticate-staff";
import { notFound } from "@/lib/core/errors";
import { assertCanViewEmployees } from "./assert-can-view-employees";

/** One employee's card with their building access and the addresses locked out of it; secrets stay out. */
export async function getEmployee(ctx: StaffContext, id: string) {
  assertCanViewEmployees(ctx);
  const [employee] = await ctx.db
    .select({
      id: employees.id,
      lastName: employees.lastName,
      firstName: employees.firstName,
      middleName: employees.middleName,
      position: employees.position,
      email: employees.email,
      phone: employees.phone,
      photo: employees.photo,
      roleId: employees.roleId,
      timezone: employees.timezone,
      allBuildings: employees.allBuildings,
      blockedAt: employees.blockedAt,
      lastLoginAt: employees.lastLoginAt,
      mustChangePassword: employees.mustChangePassword,
      createdAt: employees.createdAt,
    })
    .from(employees)
    .where(and(eq(employees.id, id), eq(employees.orgId, ctx.orgId)))
    .limit(1);
  if (!employee) throw notFound("Сотрудник");
  const scoped = await ctx.db
    .select({ buildingId: employeeBuildings.buildingId })
    .from(employeeBuildings)
    .where(and(eq(employeeBuildings.employeeId, id), eq(employeeBuildings.orgId, ctx.orgId)));
  return { ...employee, buildingIds: scoped.map((s) => s.buildingId), signInLocks: await signInLocks(ctx.db, employee.email) };
}
