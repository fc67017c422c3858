import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { employees } from "@/db/schema";
import { employeeFiltersFrom } from "@/lib/access/employee-filters";
import { getEmployee } from "@/lib/access/get-employee";
import { inviteEmployee } from "@/lib/access/invite-employee";
import { listEmployees } from "@/lib/access/list-employees";
import { setEmployeeBlocked } from "@/lib/access/set-employee-blocked";
import { setEmployeePhoto } from "@/lib/access/set-employee-photo";
import { updateEmployee } from "@/lib/access/update-employee";
import { readStoredFile } from "@/lib/files/file-store";
import { parseListParams } from "@/lib/table/list-params";
import { addEmployee, createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { employeeInput, presetRoleId } from "./access-helpers";

const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
let people: Record<"engineer" | "accountant" | "blocked", string>;

const names = async (query: Record<string, string>) =>
  (await listEmployees(a.director, parseListParams(query), employeeFiltersFrom(query))).rows.map((r) => r.lastName);

const photo = (name: string, type: string, bytes: Uint8Array<ArrayBuffer> | string = new Uint8Array(png)) => new File([bytes], name, { type });

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Альфа");
  b = await createOrg(t.db, "Бета");
  const dispatcher = await presetRoleId(t.db, a.orgId, "dispatcher");
  const accountant = await presetRoleId(t.db, a.orgId, "accountant");
  const invite = (role: string, lastName: string, extra = {}) => inviteEmployee(a.director, employeeInput(role, { lastName, ...extra }));
  people = {
    engineer: (await invite(dispatcher, "Антонов", { position: "Главный инженер", phone: "+7 912 345-67-89" })).id,
    accountant: (await invite(accountant, "Борисова", { position: "Бухгалтер", email: "borisova@uk.test" })).id,
    blocked: (await invite(dispatcher, "Васильев", { position: "Сантехник" })).id,
  };
  await setEmployeeBlocked(a.director, { id: people.blocked, blocked: true });
  await t.db.update(employees).set({ lastLoginAt: new Date("2026-01-10T10:00:00Z") }).where(eq(employees.id, people.accountant));
  await addEmployee(t.db, b, { email: "antonov@other.test" });
});
afterAll(async () => t?.close());

describe("the employees list", () => {
  it("finds employees by name, email, position and phone typed in any format", async () => {
    expect(await names({ q: "антон" })).toEqual(["Антонов"]);
    expect(await names({ q: "Борисова Пётр" })).toEqual(["Борисова"]);
    expect(await names({ q: "BORISOVA@" })).toEqual(["Борисова"]);
    expect(await names({ q: "инженер" })).toEqual(["Антонов"]);
    expect(await names({ q: "8 912 345" })).toEqual(["Антонов"]);
  });

  it("filters by role and status, sorts and pages with a total", async () => {
    const accountantRole = await presetRoleId(t.db, a.orgId, "accountant");
    expect(await names({ role: accountantRole })).toEqual(["Борисова"]);
    expect(await names({ status: "blocked" })).toEqual(["Васильев"]);
    expect(await names({ status: "active", sort: "name", dir: "desc" })).toEqual(["Директоров", "Борисова", "Антонов"]);
    expect((await names({ sort: "lastLogin", dir: "desc" }))[0]).toBe("Борисова");
    expect(await names({ role: "not-a-uuid", size: "10" })).toHaveLength(4);
    const page = await listEmployees(a.director, parseListParams({ size: "10", page: "1" }), {});
    expect(page.total.count).toBe(4);
    expect(page.rows.map((r) => r.roleName)).toContain("Бухгалтер");
  });

  it("shows only the organisation's own staff, to those allowed to see them", async () => {
    expect(await names({ q: "antonov@other" })).toEqual([]);
    const executor = await addEmployee(t.db, a, { email: "executor@test.local", preset: "executor" });
    await expect(listEmployees(executor.ctx, parseListParams({}))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getEmployee(b.director, people.engineer)).rejects.toMatchObject({ code: "NOT_FOUND", message: "Сотрудник не найден" });
  });
});

describe("editing an employee", () => {
  it("saves the card, including a new role, and refuses an email someone else has", async () => {
    const accountant = await presetRoleId(t.db, a.orgId, "accountant");
    await updateEmployee(a.director, { ...employeeInput(accountant, { lastName: "Антонова", email: "antonova@uk.test", phone: "" }), id: people.engineer });
    expect(await getEmployee(a.director, people.engineer)).toMatchObject({ lastName: "Антонова", roleId: accountant, phone: null, email: "antonova@uk.test" });
    await expect(
      updateEmployee(a.director, { ...employeeInput(accountant, { email: "borisova@uk.test" }), id: people.engineer }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "Этот email уже используется" });
  });

  it("refuses a role or an employee of another organisation", async () => {
    const foreignRole = await presetRoleId(t.db, b.orgId, "director");
    await expect(updateEmployee(a.director, { ...employeeInput(foreignRole), id: people.engineer })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const ownRole = await presetRoleId(t.db, b.orgId, "executor");
    await expect(updateEmployee(b.director, { ...employeeInput(ownRole), id: people.engineer })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("an employee's photo", () => {
  it("is stored for the organisation and shown on the card", async () => {
    const key = await setEmployeePhoto(a.director, { id: people.accountant }, photo("me.png", "image/png"));
    expect(key.startsWith(`${a.orgId}/employees/`)).toBe(true);
    expect((await getEmployee(a.director, people.accountant)).photo).toBe(key);
    expect((await readStoredFile(a.orgId, key)).contentType).toBe("image/png");
  });

  it("must be a PNG, JPEG or WebP image of at most 5 MB, judged by its bytes", async () => {
    const refusal = (file: File) => setEmployeePhoto(a.director, { id: people.accountant }, file).catch((e: { code: string; message: string }) => [e.code, e.message]);
    const notImage = ["VALIDATION", "Загрузите изображение PNG, JPEG или WebP"];
    expect(await refusal(photo("a.txt", "text/plain", "hello"))).toEqual(notImage);
    // A page renamed and declared as a picture is still a page.
    expect(await refusal(photo("a.png", "image/png", "<html><script>alert(1)</script></html>"))).toEqual(notImage);
    // A real PNG whose name or declared type says JPEG is a mismatch too.
    expect(await refusal(photo("a.jpg", "image/png"))).toEqual(notImage);
    expect(await refusal(photo("a.png", "image/jpeg"))).toEqual(notImage);
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(png);
    expect(await refusal(photo("big.png", "image/png", big))).toEqual(["PAYLOAD_TOO_LARGE", "Файл больше 5 МБ"]);
  });

  it("cannot be set for another organisation's employee", async () => {
    await expect(setEmployeePhoto(b.director, { id: people.accountant }, photo("x.png", "image/png"))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
