import { and, eq } from "drizzle-orm";
import { employees } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";
import { ownEmployeeId } from "./own-employee-id";
import type { ProfileData } from "./profile-schema";

/** Saves the employee's own name, phone and time zone (null: the organisation's zone applies). */
export async function updateOwnProfile(ctx: StaffContext, input: ProfileData): Promise<void> {
  const id = ownEmployeeId(ctx);
  const fields = {
    lastName: input.lastName,
    firstName: input.firstName,
    middleName: input.middleName ?? null,
    phone: input.phone ?? null,
    timezone: input.timezone,
  };
  await ctx.db.transaction(async (tx) => {
    const mine = and(eq(employees.id, id), eq(employees.orgId, ctx.orgId));
    const [before] = await tx
      .select({
        lastName: employees.lastName,
        firstName: employees.firstName,
        middleName: employees.middleName,
        phone: employees.phone,
        timezone: employees.timezone,
      })
      .from(employees)
      .where(mine)
      .for("update");
    if (!before) throw notFound("Сотрудник");
    await tx.update(employees).set(fields).where(mine);
    await writeAudit(tx, ctx, { action: "employee.profile_updated", entityType: "employee", entityId: id, before, after: fields });
  });
}
