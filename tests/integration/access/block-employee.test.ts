import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, employees } from "@/db/schema";
import { loadStaffContext } from "@/lib/access/load-staff-context";
import { setEmployeeBlocked } from "@/lib/access/set-employee-blocked";
import { getEmployee } from "@/lib/access/get-employee";
import { unlockEmployeeSignIn } from "@/lib/access/unlock-employee-sign-in";
import { authenticateStaff, MAX_FAILED_LOGINS } from "@/lib/auth/authenticate-staff";
import { systemContext } from "@/lib/core/context";
import { addEmployee, contextFor, createOrg, TEST_PASSWORD, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;

const versionOf = async (id: string) => (await t.db.select({ v: employees.sessionVersion }).from(employees).where(eq(employees.id, id)))[0]?.v ?? 0;

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Альфа");
  b = await createOrg(t.db, "Бета");
});
afterAll(async () => t?.close());

describe("blocking an employee", () => {
  it("ends their open sessions and refuses sign-in; unblocking lets them back in", async () => {
    const staff = await addEmployee(t.db, a, { email: "blocked@test.local", preset: "dispatcher" });
    const session = { employeeId: staff.id, sessionVersion: await versionOf(staff.id) };
    await loadStaffContext(t.db, session);

    await setEmployeeBlocked(a.director, { id: staff.id, blocked: true });
    await expect(loadStaffContext(t.db, session)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await authenticateStaff(t.db, { email: "blocked@test.local", password: TEST_PASSWORD })).toMatchObject({ ok: false, reason: "blocked" });
    const audit = await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, staff.id));
    expect(audit.map((r) => r.action)).toContain("employee.blocked");

    await setEmployeeBlocked(a.director, { id: staff.id, blocked: false });
    const signIn = await authenticateStaff(t.db, { email: "blocked@test.local", password: TEST_PASSWORD });
    expect(signIn.ok).toBe(true);
    // The session from before the block stays ended.
    await expect(loadStaffContext(t.db, session)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("refuses blocking oneself", async () => {
    await expect(setEmployeeBlocked(a.director, { id: a.directorId, blocked: true })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Нельзя заблокировать самого себя",
    });
  });

  it("refuses blocking the last active employee who can manage staff, whoever asks", async () => {
    const system = systemContext(t.db, b.orgId, "Проверка");
    await expect(setEmployeeBlocked(system, { id: b.directorId, blocked: true })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Нельзя заблокировать последнего действующего сотрудника с правом «Сотрудники: добавление, изменение, блокировка»",
    });
    expect((await contextFor(t.db, b.directorId)).orgId).toBe(b.orgId);
  });

  it("lets another manager block the director, but not the last one who can configure roles", async () => {
    const manager = await addEmployee(t.db, a, { email: "manager@test.local", permissions: ["access.employees.manage", "access.roles.manage"] });
    await setEmployeeBlocked(manager.ctx, { id: a.directorId, blocked: true });
    await expect(contextFor(t.db, a.directorId)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });

    const helper = await addEmployee(t.db, a, { email: "helper@test.local", permissions: ["access.employees.manage"] });
    await expect(setEmployeeBlocked(helper.ctx, { id: manager.id, blocked: true })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Нельзя заблокировать последнего действующего сотрудника с правом «Роли доступа: настройка»",
    });
    await setEmployeeBlocked(manager.ctx, { id: a.directorId, blocked: false });
    expect((await contextFor(t.db, a.directorId)).orgId).toBe(a.orgId);
  });

  it("cannot touch another organisation's employee", async () => {
    const staff = await addEmployee(t.db, a, { email: "a-staff@test.local", preset: "executor" });
    await expect(setEmployeeBlocked(b.director, { id: staff.id, blocked: true })).rejects.toMatchObject({ code: "NOT_FOUND", message: "Сотрудник не найден" });
    const [row] = await t.db.select({ blockedAt: employees.blockedAt }).from(employees).where(eq(employees.id, staff.id));
    expect(row?.blockedAt).toBeNull();
  });
});

describe("unlocking an employee's sign-in", () => {
  it("lifts the lock wrong passwords put on the card, for a manager of the same organisation only, audited", async () => {
    const email = "mistyped@test.local";
    const staff = await addEmployee(t.db, a, { email, preset: "dispatcher" });
    const office = "198.51.100.77";
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await authenticateStaff(t.db, { email, password: `typo-${i}`, ip: office });
    expect(await authenticateStaff(t.db, { email, password: TEST_PASSWORD, ip: office })).toMatchObject({ ok: false, reason: "locked" });
    expect((await getEmployee(a.director, staff.id)).signInLocks).toEqual([{ ip: office, until: expect.any(Date) }]);

    const colleague = await addEmployee(t.db, a, { email: "colleague@test.local", preset: "dispatcher" });
    await expect(unlockEmployeeSignIn(colleague.ctx, { id: staff.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(unlockEmployeeSignIn(b.director, { id: staff.id })).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect(await unlockEmployeeSignIn(a.director, { id: staff.id })).toEqual({ unlocked: 1 });
    expect((await getEmployee(a.director, staff.id)).signInLocks).toEqual([]);
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.action, "employee.sign_in_unlocked"));
    expect(audit).toMatchObject({ entityId: staff.id, actorId: a.directorId });
    expect(await authenticateStaff(t.db, { email, password: TEST_PASSWORD, ip: office })).toMatchObject({ ok: true });
  });
});
