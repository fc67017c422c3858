import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { employees } from "@/db/schema";
import { clearSignInLocks, signInLocks } from "@/lib/auth/authenticate-staff";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";
import { assertPermission } from "./assert-permission";
import type { unlockEmployeeSignInSchema } from "./employee-schema";

/**
 * Lifts the sign-in locks that wrong passwords put on an employee's account (from every address), e.g. after the
 * employee mistyped their password five times. Blocking is another matter: see setEmployeeBlocked.
 */
export async function unlockEmployeeSignIn(ctx: StaffContext, { id }: z.output<typeof unlockEmployeeSignInSchema>) {
  assertPermission(ctx, "access.employees.manage");
  const [employee] = await ctx.db
    .select({ email: employees.email })
    .from(employees)
    .where(and(eq(employees.id, id), eq(employees.orgId, ctx.orgId)));
  if (!employee) throw notFound("Сотрудник");
  return ctx.db.transaction(async (tx) => {
    const locks = await signInLocks(tx, employee.email);
    await clearSignInLocks(tx, employee.email);
    await writeAudit(tx, ctx, { action: "employee.sign_in_unlocked", entityType: "employee", entityId: id, before: { locks } });
    return { unlocked: locks.length };
  });
}
