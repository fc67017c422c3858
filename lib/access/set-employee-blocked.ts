import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { employees } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { AppError, notFound } from "@/lib/core/errors";
import { assertPermission } from "./assert-permission";
import type { setEmployeeBlockedSchema } from "./employee-schema";
import { missingAdministrator } from "./missing-administrator";

/**
 * Blocks or unblocks an employee. Blocking bumps the session version, so sessions already open end on their next
 * request; nobody may block themself or the last active employee able to manage staff or roles.
 */
export async function setEmployeeBlocked(ctx: StaffContext, { id, blocked }: z.output<typeof setEmployeeBlockedSchema>) {
  assertPermission(ctx, "access.employees.manage");
  if (blocked && ctx.actor.type === "employee" && ctx.actor.id === id) {
    throw new AppError("CONFLICT", "Нельзя заблокировать самого себя");
  }
  return ctx.db.transaction(async (tx) => {
    const mine = and(eq(employees.id, id), eq(employees.orgId, ctx.orgId));
    const [before] = await tx.select({ blockedAt: employees.blockedAt }).from(employees).where(mine).for("update");
    if (!before) throw notFound("Сотрудник");
    if ((before.blockedAt !== null) === blocked) return before;
    const [after] = await tx
      .update(employees)
      .set(blocked ? { blockedAt: new Date(), sessionVersion: sql`${employees.sessionVersion} + 1` } : { blockedAt: null })
      .where(mine)
      .returning({ blockedAt: employees.blockedAt });
    if (!after) throw notFound("Сотрудник");
    const missing = blocked ? await missingAdministrator(tx, ctx.orgId) : null;
    if (missing) throw new AppError("CONFLICT", `Нельзя заблокировать последнего действующего сотрудника с правом «${missing}»`);
    await writeAudit(tx, ctx, {
      action: blocked ? "employee.blocked" : "employee.unblocked",
      entityType: "employee",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
