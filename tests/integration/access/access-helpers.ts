import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { roles } from "@/db/schema";
import { employeeSchema, type EmployeeInput } from "@/lib/access/employee-schema";

let counter = 0;

/** A valid «Добавить сотрудника» form, parsed the way the action parses it. */
export function employeeInput(roleId: string, overrides: Partial<EmployeeInput> = {}) {
  counter += 1;
  return employeeSchema.parse({
    lastName: "Инженеров",
    firstName: "Пётр",
    middleName: "",
    position: "Главный инженер",
    email: `engineer-${counter}-${Math.random().toString(36).slice(2, 8)}@test.local`,
    phone: "",
    roleId,
    timezone: "",
    ...overrides,
  });
}

export async function presetRoleId(db: Db, orgId: string, preset: string): Promise<string> {
  const [role] = await db.select({ id: roles.id }).from(roles).where(and(eq(roles.orgId, orgId), eq(roles.preset, preset)));
  if (!role) throw new Error(`preset role ${preset} missing`);
  return role.id;
}
