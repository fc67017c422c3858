import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { legalEntities, personalAccounts } from "@/db/schema";
import { accountSchema, accountUpdateSchema } from "@/lib/registry/accounts/account-schema";
import { listPremiseAccounts } from "@/lib/registry/accounts/list-premise-accounts";
import { setAccountArchived } from "@/lib/registry/accounts/set-account-archived";
import { updateAccount } from "@/lib/registry/accounts/update-account";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { makeAccount, makeBuilding, makePremise } from "./premise-helpers";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
let premiseId: string;
let otherPremiseId: string;

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Альфа");
  b = await createOrg(t.db, "Бета");
  const building = await makeBuilding(a, "ул. Счётная", "1");
  premiseId = (await makePremise(a.director, building.id, { number: "1" })).id;
  otherPremiseId = (await makePremise(a.director, building.id, { number: "2" })).id;
});
afterAll(async () => t?.close());

describe("personal accounts", () => {
  it("creates an account with legal entity, ЕЛС (upper-cased), external id and the cabinet flag", async () => {
    const [entity] = await t.db.insert(legalEntities).values({ orgId: a.orgId, name: "ООО Альфа", inn: "7707083893" }).returning();
    const account = await makeAccount(a.director, premiseId, "100200", { legalEntityId: entity!.id, els: "12ав345678", externalId: "1C-1", hiddenInCabinet: true });
    expect(account).toMatchObject({ number: "100200", els: "12АВ345678", externalId: "1C-1", hiddenInCabinet: true, legalEntityId: entity!.id });
    const [row] = await listPremiseAccounts(a.director, premiseId);
    expect(row).toMatchObject({ number: "100200", legalEntityName: "ООО Альфа" });
  });

  it("validates the ЕЛС format and the number's length", () => {
    const bad = accountSchema.safeParse({ premiseId, number: "1", els: "1234" });
    expect(bad.error?.issues[0]?.message).toBe("ЕЛС должен состоять из 10 символов: 2 цифры, 2 буквы, 6 цифр");
    expect(accountSchema.safeParse({ premiseId, number: "1".repeat(31) }).error?.issues[0]?.message).toContain("не длиннее 30");
    expect(accountSchema.safeParse({ premiseId, number: "  " }).error?.issues[0]?.message).toBe("Укажите номер лицевого счёта");
  });

  it("refuses a duplicate number within the organisation, but allows it in another one and after archiving", async () => {
    await makeAccount(a.director, premiseId, "555");
    await expect(makeAccount(a.director, otherPremiseId, "555")).rejects.toThrow("Лицевой счёт № 555 уже существует");
    const bBuilding = await makeBuilding(b, "ул. Бетная", "1");
    const bPremise = await makePremise(b.director, bBuilding.id);
    await expect(makeAccount(b.director, bPremise.id, "555")).resolves.toMatchObject({ number: "555" });
    const [old] = await t.db.select().from(personalAccounts).where(eq(personalAccounts.number, "555"));
    await setAccountArchived(a.director, { id: old!.id, archived: true });
    const again = await makeAccount(a.director, otherPremiseId, "555");
    // The archived one cannot come back while its number is in use again.
    await expect(setAccountArchived(a.director, { id: old!.id, archived: false })).rejects.toThrow("Лицевой счёт № 555 уже существует");
    await expect(updateAccount(a.director, accountUpdateSchema.parse({ id: again.id, number: "100200" }))).rejects.toThrow("Лицевой счёт № 100200 уже существует");
  });

  it("refuses another organisation's legal entity, premise and account", async () => {
    const [bEntity] = await t.db.insert(legalEntities).values({ orgId: b.orgId, name: "ООО Бета", inn: "7736207543" }).returning();
    await expect(makeAccount(a.director, premiseId, "777", { legalEntityId: bEntity!.id })).rejects.toThrow("Юридическое лицо не найдено");
    await expect(makeAccount(b.director, premiseId, "778")).rejects.toThrow("Помещение не найдено");
    const mine = await makeAccount(a.director, premiseId, "779");
    await expect(setAccountArchived(b.director, { id: mine.id, archived: true })).rejects.toThrow("Лицевой счёт не найден");
    await expect(updateAccount(b.director, accountUpdateSchema.parse({ id: mine.id, number: "780" }))).rejects.toThrow("Лицевой счёт не найден");
  });
});
