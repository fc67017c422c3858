import { and, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import { buildings, employeeBuildings, employees } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { forbidden, notFound } from "@/lib/core/errors";
import { assertPermission } from "./assert-permission";
import type { employeeBuildingsSchema } from "./employee-schema";

/**
 * Which buildings an employee works with: all of the organisation's, or only those listed (seed 000 §3). Only
 * someone who sees every building may grant access, or a limited manager could widen access beyond their own.
 */
export async function setEmployeeBuildings(ctx: StaffContext, input: z.output<typeof employeeBuildingsSchema>) {
  assertPermission(ctx, "access.employees.manage");
  if (ctx.buildingIds !== null) throw forbidden("Доступ к объектам настраивает сотрудник, которому доступны все объекты");
  const { id, allBuildings } = input;
  const buildingIds = allBuildings ? [] : input.buildingIds;
  return ctx.db.transaction(async (tx) => {
    const mine = and(eq(employees.id, id), eq(employees.orgId, ctx.orgId));
    const [employee] = await tx.select({ allBuildings: employees.allBuildings }).from(employees).where(mine).for("update");
    if (!employee) throw notFound("Сотрудник");
    if (buildingIds.length) {
      const owned = await tx
        .select({ id: buildings.id })
        .from(buildings)
        .where(and(eq(buildings.orgId, ctx.orgId), inArray(buildings.id, buildingIds)));
      if (owned.length !== buildingIds.length) throw notFound("Объект");
    }
    const scope = and(eq(employeeBuildings.employeeId, id), eq(employeeBuildings.orgId, ctx.orgId));
    const before = await tx.select({ buildingId: employeeBuildings.buildingId }).from(employeeBuildings).where(scope);
    await tx.update(employees).set({ allBuildings }).where(mine);
    await tx.delete(employeeBuildings).where(scope);
    if (buildingIds.length) {
      await tx.insert(employeeBuildings).values(buildingIds.map((buildingId) => ({ employeeId: id, buildingId, orgId: ctx.orgId })));
    }
    await writeAudit(tx, ctx, {
      action: "employee.buildings_changed",
      entityType: "employee",
      entityId: id,
      before: { allBuildings: employee.allBuildings, buildingIds: before.map((b) => b.buildingId) },
      after: { allBuildings, buildingIds },
    });
    return { allBuildings, buildingIds };
  });
}
