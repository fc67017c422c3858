import { and, eq } from "drizzle-orm";
import { employees, organisations } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";
import { ownEmployeeId } from "./own-employee-id";

/** The signed-in employee's own card, with the organisation's zone that applies when they chose none. */
export async function getOwnProfile(ctx: StaffContext) {
  const [row] = await ctx.db
    .select({
      email: employees.email,
      lastName: employees.lastName,
      firstName: employees.firstName,
      middleName: employees.middleName,
      phone: employees.phone,
      position: employees.position,
      timezone: employees.timezone,
      mustChangePassword: employees.mustChangePassword,
      orgTimezone: organisations.timezone,
      orgName: organisations.name,
    })
    .from(employees)
    .innerJoin(organisations, eq(organisations.id, employees.orgId))
    .where(and(eq(employees.id, ownEmployeeId(ctx)), eq(employees.orgId, ctx.orgId)))
    .limit(1);
  if (!row) throw notFound("Сотрудник");
  return row;
}
export type OwnProfile = Awaited<ReturnType<typeof getOwnProfile>>;
