import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, employees } from "@/db/schema";
import { getOwnProfile } from "@/lib/access/get-own-profile";
import { loadStaffContext } from "@/lib/access/load-staff-context";
import { profileSchema } from "@/lib/access/profile-schema";
import { updateOwnProfile } from "@/lib/access/update-own-profile";
import { authenticateStaff } from "@/lib/auth/authenticate-staff";
import { changePassword } from "@/lib/auth/change-password";
import { changePasswordSchema } from "@/lib/auth/password-schema";
import { addEmployee, contextFor, createOrg, TEST_PASSWORD, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let org: OrgFixture;
beforeAll(async () => {
  t = await createTestDb();
  org = await createOrg(t.db, "Профиль");
});
afterAll(() => t?.close());

const change = (currentPassword: string, password: string) =>
  changePasswordSchema.parse({ currentPassword, password, confirmPassword: password });

describe("changing one's own password", () => {
  it("refuses a wrong current password with a field error and changes nothing", async () => {
    const { id, ctx } = await addEmployee(t.db, org, { email: "wrong-current@test.local", preset: "accountant" });
    await expect(changePassword(ctx, change("not-my-password", "совсем-новый-1"))).rejects.toMatchObject({
      fieldErrors: { currentPassword: ["Неверный текущий пароль"] },
    });
    expect(await authenticateStaff(t.db, { email: "wrong-current@test.local", password: TEST_PASSWORD })).toMatchObject({ ok: true });
    const [row] = await t.db.select({ v: employees.sessionVersion }).from(employees).where(eq(employees.id, id));
    expect(row?.v).toBe(1);
  });

  it("sets the new password, clears «must change», and ends the other sessions", async () => {
    const { id, ctx } = await addEmployee(t.db, org, { email: "changer@test.local", preset: "accountant" });
    await t.db.update(employees).set({ mustChangePassword: true }).where(eq(employees.id, id));
    expect(await changePassword(ctx, change(TEST_PASSWORD, "совсем-новый-1"))).toEqual({ email: "changer@test.local" });

    expect(await authenticateStaff(t.db, { email: "changer@test.local", password: "совсем-новый-1" })).toMatchObject({ ok: true, employee: { sessionVersion: 2 } });
    expect((await authenticateStaff(t.db, { email: "changer@test.local", password: TEST_PASSWORD })).ok).toBe(false);
    await expect(loadStaffContext(t.db, { employeeId: id, sessionVersion: 1 })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await getOwnProfile(await contextFor(t.db, id))).mustChangePassword).toBe(false);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((a) => a.action)).toContain("auth.password_changed");
  });

  it("refuses a new password that is too short, does not match, or equals the current one", () => {
    const parse = (currentPassword: string, password: string, confirmPassword: string) =>
      changePasswordSchema.safeParse({ currentPassword, password, confirmPassword }).error?.issues.map((i) => i.message);
    expect(parse("old-password", "short", "short")).toEqual(["Пароль должен быть не короче 8 символов"]);
    expect(parse("old-password", "long-enough-1", "long-enough-2")).toEqual(["Пароли не совпадают"]);
    expect(parse("same-password", "same-password", "same-password")).toEqual(["Новый пароль совпадает с текущим"]);
  });
});

describe("own profile", () => {
  it("saves name, phone and time zone; an empty zone falls back to the organisation's", async () => {
    const { id, ctx } = await addEmployee(t.db, org, { email: "profile@test.local", preset: "dispatcher" });
    const input = { lastName: "Иванова", firstName: "Анна", middleName: "", phone: "8 900 111-22-33", timezone: "Asia/Yekaterinburg" };
    await updateOwnProfile(ctx, profileSchema.parse(input));
    expect(await getOwnProfile(ctx)).toMatchObject({ lastName: "Иванова", middleName: null, phone: "+79001112233", timezone: "Asia/Yekaterinburg" });
    expect((await contextFor(t.db, id)).timezone).toBe("Asia/Yekaterinburg");

    await updateOwnProfile(ctx, profileSchema.parse({ ...input, timezone: "" }));
    expect((await contextFor(t.db, id)).timezone).toBe("Europe/Moscow");
    expect(profileSchema.safeParse({ ...input, timezone: "America/New_York" }).success).toBe(false);
  });
});
