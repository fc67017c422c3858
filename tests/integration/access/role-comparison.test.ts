import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRole } from "@/lib/access/create-role";
import { defaultRoles } from "@/lib/access/default-roles";
import { listRoleGrants } from "@/lib/access/list-role-grants";
import { listRoles } from "@/lib/access/list-roles";
import { roleSchema } from "@/lib/access/role-schema";
import { addEmployee, createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Альфа");
  b = await createOrg(t.db, "Бета");
});
afterAll(async () => t?.close());

describe("comparing roles side by side", () => {
  it("gives every role of the organisation its permissions, for one matrix of roles × permissions", async () => {
    const custom = await createRole(a.director, roleSchema.parse({ name: "Смотритель", permissions: ["registry.premises.view"], notifications: [] }));
    const grants = await listRoleGrants(a.director);
    const byName = new Map((await listRoles(a.director)).map((r) => [r.name, grants.get(r.id) ?? new Set()]));
    for (const preset of defaultRoles) expect([...(byName.get(preset.name) ?? [])].sort(), preset.name).toEqual([...preset.permissions].sort());
    expect([...(grants.get(custom.id) ?? [])]).toEqual(["registry.premises.view"]);
  });

  it("shows nothing of another organisation, and only to those who manage roles", async () => {
    const bRoles = new Set((await listRoles(b.director)).map((r) => r.id));
    expect([...(await listRoleGrants(a.director)).keys()].some((id) => bRoles.has(id))).toBe(false);
    const viewer = await addEmployee(t.db, a, { email: "no-roles@test.local", permissions: ["access.employees.view"] });
    await expect(listRoleGrants(viewer.ctx)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
