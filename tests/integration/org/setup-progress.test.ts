import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exchangeLog, organisations, roles } from "@/db/schema";
import { bankAccountCreateSchema } from "@/lib/org/bank-account-schema";
import { buildingSchema } from "@/lib/org/building-schema";
import { createBankAccount } from "@/lib/org/create-bank-account";
import { createBuilding } from "@/lib/org/create-building";
import { createLegalEntity } from "@/lib/org/create-legal-entity";
import { getSetupProgress } from "@/lib/org/get-setup-progress";
import { legalEntitySchema } from "@/lib/org/legal-entity-schema";
import { setBankAccountArchived } from "@/lib/org/set-bank-account-archived";
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

describe("setup progress", () => {
  it("starts with nothing done after sign-up", async () => {
    expect(await getSetupProgress(a.director)).toEqual({ profile: false, legalEntity: false, building: false, employees: false, roles: false, imported: false });
  });

  it("follows the organisation's own data step by step", async () => {
    await t.db.update(organisations).set({ address: "г. Москва, ул. Ленина, д. 1" }).where(eq(organisations.id, a.orgId));
    expect((await getSetupProgress(a.director)).profile).toBe(true);

    const entity = await createLegalEntity(a.director, legalEntitySchema.parse({ name: "ООО Альфа", inn: "7736207543" }));
    expect((await getSetupProgress(a.director)).legalEntity).toBe(false);
    const account = await createBankAccount(
      a.director,
      bankAccountCreateSchema.parse({
        legalEntityId: entity.id,
        bankName: "ПАО СБЕРБАНК",
        bik: "044525225",
        settlementAccount: "40703810500000000001",
        correspondentAccount: "30101810400000000225",
        isDefault: true,
      }),
    );
    expect((await getSetupProgress(a.director)).legalEntity).toBe(true);
    await setBankAccountArchived(a.director, { id: account.id, archived: true });
    expect((await getSetupProgress(a.director)).legalEntity).toBe(false);

    await createBuilding(a.director, buildingSchema.parse({ city: "Москва", street: "ул. Ленина", house: "1" }));
    expect((await getSetupProgress(a.director)).building).toBe(true);

    await addEmployee(t.db, a, { email: "dispatcher@alfa.test", preset: "dispatcher" });
    expect((await getSetupProgress(a.director)).employees).toBe(true);

    const later = new Date(Date.now() + 60_000);
    await t.db.update(roles).set({ updatedAt: later }).where(eq(roles.orgId, a.orgId));
    expect((await getSetupProgress(a.director)).roles).toBe(true);

    await t.db.insert(exchangeLog).values({ orgId: a.orgId, kind: "registry_xlsx", status: "rejected" });
    expect((await getSetupProgress(a.director)).imported).toBe(false);
    await t.db.insert(exchangeLog).values({ orgId: a.orgId, kind: "registry_xlsx", status: "ok" });
    expect((await getSetupProgress(a.director)).imported).toBe(true);
  });

  it("counts only the caller's organisation", async () => {
    expect(await getSetupProgress(b.director)).toEqual({ profile: false, legalEntity: false, building: false, employees: false, roles: false, imported: false });
  });

  it("takes a custom role as reviewed roles", async () => {
    await addEmployee(t.db, b, { email: "custom@beta.test", permissions: ["requests.view"] });
    expect(await getSetupProgress(b.director)).toMatchObject({ employees: true, roles: true });
  });
});
