import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, employees, outbox } from "@/db/schema";
import { inviteEmployee } from "@/lib/access/invite-employee";
import { loadStaffContext } from "@/lib/access/load-staff-context";
import { authenticateStaff } from "@/lib/auth/authenticate-staff";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { employeeInput, presetRoleId } from "./access-helpers";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
let dispatcherRole: string;

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Альфа");
  b = await createOrg(t.db, "Бета");
  dispatcherRole = await presetRoleId(t.db, a.orgId, "dispatcher");
});
afterAll(async () => t?.close());

describe("inviting an employee", () => {
  it("emails a generated password that signs them in, with the chosen role and a password change required", async () => {
    const input = employeeInput(dispatcherRole, { email: "  Dispatcher.New@Test.Local ", phone: "8 (912) 345-67-89", timezone: "Asia/Omsk" });
    const { id, outboxId } = await inviteEmployee(a.director, input);

    const [mail] = await t.db.select().from(outbox).where(eq(outbox.id, outboxId));
    expect(mail).toMatchObject({ orgId: a.orgId, channel: "email", recipient: "dispatcher.new@test.local", template: "employee.invited" });
    const password = /Пароль: (\S+)/.exec(mail?.body ?? "")?.[1];
    expect(password).toHaveLength(12);
    expect(mail?.body).toContain("УК Альфа");

    const signIn = await authenticateStaff(t.db, { email: "dispatcher.new@test.local", password: password ?? "" });
    expect(signIn).toMatchObject({ ok: true, employee: { id, orgId: a.orgId } });

    const [row] = await t.db.select().from(employees).where(eq(employees.id, id));
    expect(row).toMatchObject({ roleId: dispatcherRole, position: "Главный инженер", phone: "+79123456789", timezone: "Asia/Omsk", mustChangePassword: true });
    const ctx = await loadStaffContext(t.db, { employeeId: id, sessionVersion: row?.sessionVersion ?? 0 });
    expect(ctx.permissions.has("requests.approve")).toBe(true);
    expect(ctx.permissions.has("access.employees.manage")).toBe(false);
    expect(ctx.timezone).toBe("Asia/Omsk");
  });

  it("writes an audit row without the password hash", async () => {
    const { id } = await inviteEmployee(a.director, employeeInput(dispatcherRole));
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, "employee.invited")));
    expect(entry).toMatchObject({ orgId: a.orgId, actorId: a.directorId });
    expect(JSON.stringify(entry?.after)).not.toContain("argon2");
  });

  it("refuses an email already used by any employee, in any organisation, with a clear message", async () => {
    const taken = employeeInput(dispatcherRole, { email: b.email.toUpperCase() });
    await expect(inviteEmployee(a.director, taken)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Этот email уже используется",
      fieldErrors: { email: ["Этот email уже используется"] },
    });
  });

  it("refuses a role of another organisation and sends nothing", async () => {
    const before = await t.db.select({ id: outbox.id }).from(outbox);
    await expect(inviteEmployee(b.director, employeeInput(dispatcherRole))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.db.select({ id: outbox.id }).from(outbox)).toHaveLength(before.length);
  });

  it("needs the «manage employees» permission", async () => {
    const dispatcher = await inviteEmployee(a.director, employeeInput(dispatcherRole));
    const [row] = await t.db.select().from(employees).where(eq(employees.id, dispatcher.id));
    const ctx = await loadStaffContext(t.db, { employeeId: dispatcher.id, sessionVersion: row?.sessionVersion ?? 0 });
    await expect(inviteEmployee(ctx, employeeInput(dispatcherRole))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
