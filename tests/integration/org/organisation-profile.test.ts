import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { readStoredFile } from "@/lib/files/file-store";
import { getOrganisationProfile } from "@/lib/org/get-organisation-profile";
import { organisationProfileSchema, type OrganisationProfileInput } from "@/lib/org/organisation-profile-schema";
import { setOrganisationLogo } from "@/lib/org/set-organisation-logo";
import { updateOrganisationProfile } from "@/lib/org/update-organisation-profile";
import { addEmployee, createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

const png = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64"),
);

const form: OrganisationProfileInput = {
  name: "УК Альфа",
  region: "Новосибирская область",
  timezone: "Asia/Krasnoyarsk",
  siteDomain: "https://UK-Alfa.ru/",
  email: "Office@UK-Alfa.ru",
  phone: "8 (913) 123-45-67",
  address: "г. Новосибирск, ул. Ленина, д. 1",
  contactPerson: "",
  additionalInfo: "Приём собственников: вт, чт 10:00–13:00",
  nextRequestNumber: "1001",
  meterReminderDay: "20",
  residentsSeeExecutors: true,
  staffIpAllowlist: "",
};

const fieldErrors = (input: Record<string, unknown>) => {
  const result = organisationProfileSchema.safeParse({ ...form, ...input });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

let t: TestDb;
let a: OrgFixture;
let ctx: StaffContext;

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Альфа");
  ctx = { ...a.director, ip: "203.0.113.7" };
});
afterAll(async () => t?.close());

describe("company profile", () => {
  it("saves the form normalised and records who changed what", async () => {
    await updateOrganisationProfile(ctx, organisationProfileSchema.parse(form));
    const profile = await getOrganisationProfile(ctx);
    expect(profile).toMatchObject({
      name: "УК Альфа",
      timezone: "Asia/Krasnoyarsk",
      siteDomain: "uk-alfa.ru",
      email: "office@uk-alfa.ru",
      phone: "+79131234567",
      contactPerson: null,
      nextRequestNumber: 1001,
      meterReminderDay: 20,
      residentsSeeExecutors: true,
      staffIpAllowlist: [],
    });
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, a.orgId), eq(auditLog.action, "organisation.updated")));
    expect(entry).toMatchObject({ actorId: a.directorId, entityId: a.orgId, ip: "203.0.113.7" });
    expect(entry?.after).toMatchObject({ siteDomain: "uk-alfa.ru" });
  });

  it("clears optional fields left blank", async () => {
    await updateOrganisationProfile(ctx, organisationProfileSchema.parse({ ...form, meterReminderDay: "", siteDomain: " ", additionalInfo: "" }));
    expect(await getOrganisationProfile(ctx)).toMatchObject({ meterReminderDay: null, siteDomain: null, additionalInfo: null });
  });

  it("explains each invalid field in Russian", () => {
    expect(fieldErrors({ timezone: "Europe/London" })).toEqual({ timezone: "Выберите часовой пояс из списка" });
    expect(fieldErrors({ meterReminderDay: "31" }).meterReminderDay).toMatch(/от 1 до 28/);
    expect(fieldErrors({ nextRequestNumber: "0" }).nextRequestNumber).toBe("Номер заявки начинается с 1");
    expect(fieldErrors({ siteDomain: "not a domain" }).siteDomain).toMatch(/домен/);
    expect(fieldErrors({ phone: "12345" }).phone).toMatch(/\+7/);
    expect(fieldErrors({ name: "" }).name).toBe("Укажите название организации");
  });

  it("names every bad line of the IP allow-list", () => {
    const message = fieldErrors({ staffIpAllowlist: "10.0.0.0/8\nофис\n\n192.168.1.300\n2001:db8::/32" }).staffIpAllowlist;
    expect(message).toContain("строка 2: «офис»");
    expect(message).toContain("строка 4: «192.168.1.300»");
    expect(message).not.toContain("строка 1");
    expect(message).not.toContain("строка 5");
    expect(organisationProfileSchema.parse({ ...form, staffIpAllowlist: " 10.0.0.1 \n\n10.0.0.1\n::1" }).staffIpAllowlist).toEqual(["10.0.0.1", "::1"]);
  });

  it("refuses an allow-list that would lock the caller out, and accepts one that keeps them in", async () => {
    const save = (list: string, caller: StaffContext = ctx) =>
      updateOrganisationProfile(caller, organisationProfileSchema.parse({ ...form, staffIpAllowlist: list }));
    await expect(save("10.0.0.0/8")).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringContaining("203.0.113.7"),
      fieldErrors: { staffIpAllowlist: [expect.stringContaining("не сможете войти")] },
    });
    await expect(save("10.0.0.0/8", { ...ctx, ip: null })).rejects.toMatchObject({ code: "VALIDATION" });
    expect((await getOrganisationProfile(ctx)).staffIpAllowlist).toEqual([]);

    await save("10.0.0.0/8\n203.0.113.0/24");
    expect((await getOrganisationProfile(ctx)).staffIpAllowlist).toEqual(["10.0.0.0/8", "203.0.113.0/24"]);
    await save("");
    expect((await getOrganisationProfile(ctx)).staffIpAllowlist).toEqual([]);
  });

  it("lets a viewer read but not save", async () => {
    const viewer = await addEmployee(t.db, a, { email: "viewer@alfa.test", permissions: ["settings.view"] });
    await expect(getOrganisationProfile(viewer.ctx)).resolves.toMatchObject({ name: "УК Альфа" });
    await expect(updateOrganisationProfile(viewer.ctx, organisationProfileSchema.parse(form))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("stores the logo as an image of the organisation and removes it", async () => {
    const key = await setOrganisationLogo(ctx, new File([png], "logo.png", { type: "image/png" }));
    expect(key).toMatch(new RegExp(`^${a.orgId}/logo/`));
    expect((await getOrganisationProfile(ctx)).logo).toBe(key);
    await expect(readStoredFile(a.orgId, key ?? "")).resolves.toMatchObject({ contentType: "image/png" });
    await expect(setOrganisationLogo(ctx, new File([png], "logo.pdf", { type: "application/pdf" }))).rejects.toMatchObject({ code: "VALIDATION" });
    expect((await getOrganisationProfile(ctx)).logo).toBe(key);
    await setOrganisationLogo(ctx, null);
    expect((await getOrganisationProfile(ctx)).logo).toBeNull();
  });
});
