import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { createRole } from "@/lib/access/create-role";
import { deleteRole } from "@/lib/access/delete-role";
import { getRole } from "@/lib/access/get-role";
import { listRoles } from "@/lib/access/list-roles";
import { allPermissions } from "@/lib/core/permissions";
import { roleSchema, type RoleInput } from "@/lib/access/role-schema";
import { updateEmployee } from "@/lib/access/update-employee";
import { updateRole } from "@/lib/access/update-role";
import { addEmployee, contextFor, createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { employeeInput, presetRoleId } from "./access-helpers";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;

const role = (input: Partial<RoleInput> = {}) =>
  roleSchema.parse({ name: "Старший диспетчер", description: "", permissions: [], notifications: [], ...input });

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Альфа");
  b = await createOrg(t.db, "Бета");
});
afterAll(async () => t?.close());

describe("roles", () => {
  it("grant exactly their permissions, and a change takes effect on the employee's next request", async () => {
    const created = await createRole(
      a.director,
      role({
        name: "Бухгалтер-расчётчик",
        permissions: ["finance.invoices.view", "finance.payments.view", "finance.invoices.view"],
        notifications: [
          { event: "finance.utility_payment_received", push: true, email: false },
          { event: "requests.created", push: false, email: false },
        ],
      }),
    );
    const staff = await addEmployee(t.db, a, { email: "calc@test.local", preset: "executor" });
    await updateEmployee(a.director, { ...employeeInput(created.id, { email: "calc@test.local" }), id: staff.id });

    const ctx = await contextFor(t.db, staff.id);
    expect([...ctx.permissions].sort()).toEqual(["finance.invoices.view", "finance.payments.view"]);
    expect((await getRole(a.director, created.id)).notifications).toEqual([{ event: "finance.utility_payment_received", push: true, email: false }]);

    await updateRole(a.director, { ...role({ name: "Бухгалтер-расчётчик", permissions: ["finance.debtors.view"] }), id: created.id });
    expect([...(await contextFor(t.db, staff.id)).permissions]).toEqual(["finance.debtors.view"]);
    const audit = await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(audit.map((r) => r.action)).toEqual(expect.arrayContaining(["role.created", "role.updated"]));
  });

  it("accept only permission and notification keys of the catalogue", () => {
    const result = roleSchema.safeParse({ name: "Хакер", permissions: ["finance.invoices.view", "root.everything"], notifications: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["permissions", 1], message: "Неизвестное разрешение: root.everything" });
    const events = roleSchema.safeParse({ name: "Хакер", permissions: [], notifications: [{ event: "x.y", push: true, email: true }] });
    expect(events.success).toBe(false);
  });

  it("have unique names within the organisation", async () => {
    await expect(createRole(a.director, role({ name: "Диспетчер" }))).rejects.toMatchObject({ code: "CONFLICT", message: "Роль с таким названием уже есть" });
    await expect(createRole(b.director, role({ name: "Старший диспетчер" }))).resolves.toMatchObject({ orgId: b.orgId });
  });

  it("cannot be deleted while an employee holds them, nor when they are presets", async () => {
    const custom = await createRole(a.director, role({ name: "Временная" }));
    const staff = await addEmployee(t.db, a, { email: "temp@test.local", preset: "executor" });
    await updateEmployee(a.director, { ...employeeInput(custom.id, { email: "temp@test.local" }), id: staff.id });
    await expect(deleteRole(a.director, { id: custom.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Роль назначена сотрудникам (1). Сначала назначьте им другую роль",
    });
    const director = await presetRoleId(t.db, a.orgId, "director");
    await expect(deleteRole(a.director, { id: director })).rejects.toMatchObject({ code: "CONFLICT" });

    await updateEmployee(a.director, { ...employeeInput(await presetRoleId(t.db, a.orgId, "executor"), { email: "temp@test.local" }), id: staff.id });
    await deleteRole(a.director, { id: custom.id });
    expect((await listRoles(a.director)).map((r) => r.id)).not.toContain(custom.id);
  });

  it("are listed with how many employees hold each", async () => {
    const rows = await listRoles(a.director);
    expect(rows.find((r) => r.preset === "director")).toMatchObject({ name: "Руководитель", employeeCount: 1, permissionCount: allPermissions.length });
    expect(rows.find((r) => r.preset === "executor")?.employeeCount).toBeGreaterThanOrEqual(1);
    expect((await listRoles(b.director)).map((r) => r.name)).not.toContain("Бухгалтер-расчётчик");
  });

  it("keep someone able to manage staff and roles", async () => {
    const director = await presetRoleId(t.db, b.orgId, "director");
    await expect(updateRole(b.director, { ...role({ name: "Руководитель", permissions: ["finance.invoices.view"] }), id: director })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Нельзя убрать право «Сотрудники: добавление, изменение, блокировка»: у других действующих сотрудников его нет",
    });
    expect((await contextFor(t.db, b.directorId)).permissions.has("access.roles.manage")).toBe(true);
    await expect(
      updateEmployee(b.director, { ...employeeInput(await presetRoleId(t.db, b.orgId, "executor"), { email: b.email }), id: b.directorId }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("of another organisation cannot be read, changed or deleted", async () => {
    const foreign = await presetRoleId(t.db, a.orgId, "dispatcher");
    await expect(getRole(b.director, foreign)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateRole(b.director, { ...role({ name: "Захват" }), id: foreign })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteRole(b.director, { id: foreign })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getRole(a.director, foreign)).name).toBe("Диспетчер");
  });
});
