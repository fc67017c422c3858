import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { employees, roles } from "@/db/schema";
import { loadStaffContext } from "@/lib/access/load-staff-context";
import { hashPassword } from "@/lib/auth/password";
import type { StaffContext } from "@/lib/core/context";
import { registerOrganisation, registerOrganisationSchema } from "@/lib/org/register-organisation";

export const TEST_PASSWORD = "test-password-1";

/** Valid ИНН of real organisations (checksums hold), handed out one per test organisation. */
const inns = ["7707083893", "7736207543", "7702070139", "7728168971", "7710140679", "7744001497", "5408131553", "7830002293"];
let innIndex = 0;

export type OrgFixture = { orgId: string; directorId: string; director: StaffContext; email: string };

/** Registers an organisation through the real sign-up service; its director gets TEST_PASSWORD. */
export async function createOrg(db: Db, label: string): Promise<OrgFixture> {
  const inn = inns[innIndex++ % inns.length]!;
  const email = `director-${innIndex}-${Math.random().toString(36).slice(2, 8)}@test.local`;
  const { orgId, employeeId } = await registerOrganisation(
    db,
    registerOrganisationSchema.parse({
      name: `УК ${label}`,
      inn,
      region: "Москва",
      lastName: "Директоров",
      firstName: label,
      email,
      phone: "+79000000001",
      consent: true,
    }),
  );
  await db.update(employees).set({ passwordHash: await hashPassword(TEST_PASSWORD) }).where(eq(employees.id, employeeId));
  return { orgId, directorId: employeeId, director: await contextFor(db, employeeId), email };
}

export async function contextFor(db: Db, employeeId: string): Promise<StaffContext> {
  const [e] = await db.select({ v: employees.sessionVersion }).from(employees).where(eq(employees.id, employeeId));
  return loadStaffContext(db, { employeeId, sessionVersion: e!.v });
}

/** Adds an employee with the given preset role (or a custom role with exactly `permissions`). */
export async function addEmployee(
  db: Db,
  org: OrgFixture,
  opts: { email: string; preset?: string; permissions?: string[]; allBuildings?: boolean },
): Promise<{ id: string; ctx: StaffContext }> {
  let roleId: string;
  if (opts.preset) {
    const [role] = await db.select({ id: roles.id }).from(roles).where(and(eq(roles.orgId, org.orgId), eq(roles.preset, opts.preset)));
    roleId = role!.id;
  } else {
    const [role] = await db.insert(roles).values({ orgId: org.orgId, name: `Роль ${opts.email}` }).returning({ id: roles.id });
    roleId = role!.id;
    const { rolePermissions } = await import("@/db/schema");
    if (opts.permissions?.length) {
      await db.insert(rolePermissions).values(opts.permissions.map((permission) => ({ roleId, orgId: org.orgId, permission })));
    }
  }
  const [row] = await db
    .insert(employees)
    .values({
      orgId: org.orgId,
      roleId,
      email: opts.email,
      passwordHash: await hashPassword(TEST_PASSWORD),
      lastName: "Сотрудников",
      firstName: "Тест",
      allBuildings: opts.allBuildings ?? true,
    })
    .returning({ id: employees.id });
  return { id: row!.id, ctx: await contextFor(db, row!.id) };
}
