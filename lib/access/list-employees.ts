import { and, asc, desc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { employees, roles } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { listPage, type ListSource } from "@/lib/table/list-page";
import { containsPattern, type ListParams, type Page } from "@/lib/table/list-params";
import { phoneSearchDigits } from "@/lib/validation/phone";
import { assertCanViewEmployees } from "./assert-can-view-employees";

export type EmployeeFilters = { roleId?: string; status?: "active" | "blocked" };

export type EmployeeRow = {
  id: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  position: string | null;
  email: string;
  phone: string | null;
  photo: string | null;
  roleId: string;
  roleName: string;
  lastLoginAt: Date | null;
  blockedAt: Date | null;
};

const fullName = sql`concat_ws(' ', ${employees.lastName}, ${employees.firstName}, ${employees.middleName})`;

const sortOrders = {
  name: [employees.lastName, employees.firstName],
  role: [roles.name],
  lastLogin: [employees.lastLoginAt],
  email: [employees.email],
} as const;

function searchCondition(q: string): SQL | undefined {
  const pattern = containsPattern(q);
  const digits = phoneSearchDigits(q);
  return or(
    ilike(fullName, pattern),
    ilike(employees.email, pattern),
    ilike(employees.position, pattern),
    /\d/.test(q) && digits ? ilike(employees.phone, containsPattern(digits)) : undefined,
  );
}

/** The employees list as a ListSource (page, count and export). */
export function employeesSource(ctx: StaffContext, params: ListParams, filters: EmployeeFilters = {}): ListSource<EmployeeRow> {
  assertCanViewEmployees(ctx);
  const where = and(
    eq(employees.orgId, ctx.orgId),
    filters.roleId ? eq(employees.roleId, filters.roleId) : undefined,
    filters.status === "active" ? isNull(employees.blockedAt) : filters.status === "blocked" ? isNotNull(employees.blockedAt) : undefined,
    params.q ? searchCondition(params.q) : undefined,
  );
  const columns = sortOrders[params.sort as keyof typeof sortOrders] ?? sortOrders.name;
  const direction = params.dir === "desc" ? desc : asc;
  // Employees who never signed in sort after those who did, whichever the direction.
  const nullsLast = params.sort === "lastLogin" ? [sql`${employees.lastLoginAt} is null`] : [];

  return {
    ids: (ordered) => {
      const query = ctx.db.select({ id: employees.id }).from(employees).innerJoin(roles, eq(roles.id, employees.roleId)).where(where).$dynamic();
      return ordered ? query.orderBy(...nullsLast, ...columns.map((c) => direction(c)), asc(employees.id)) : query;
    },
    rows: (ids) =>
      ctx.db
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
          roleName: roles.name,
          lastLoginAt: employees.lastLoginAt,
          blockedAt: employees.blockedAt,
        })
        .from(employees)
        .innerJoin(roles, eq(roles.id, employees.roleId))
        .where(and(eq(employees.orgId, ctx.orgId), inArray(employees.id, ids))),
    id: (row) => row.id,
  };
}

/** The organisation's staff, searched by name, email, phone or position, filtered and paged as the table asks. */
export async function listEmployees(ctx: StaffContext, params: ListParams, filters: EmployeeFilters = {}): Promise<Page<EmployeeRow>> {
  return listPage(ctx.db, employeesSource(ctx, params, filters), params);
}
