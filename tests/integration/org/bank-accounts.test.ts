import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { bankAccountCreateSchema, bankAccountUpdateSchema } from "@/lib/org/bank-account-schema";
import { createBankAccount } from "@/lib/org/create-bank-account";
import { createLegalEntity } from "@/lib/org/create-legal-entity";
import { getLegalEntity } from "@/lib/org/get-legal-entity";
import { legalEntitySchema } from "@/lib/org/legal-entity-schema";
import { listLegalEntities } from "@/lib/org/list-legal-entities";
import { setBankAccountArchived } from "@/lib/org/set-bank-account-archived";
import { setLegalEntityArchived } from "@/lib/org/set-legal-entity-archived";
import { updateBankAccount } from "@/lib/org/update-bank-account";
import { parseListParams } from "@/lib/table/list-params";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

const sberBank = { bankName: "ПАО СБЕРБАНК", bik: "044525225", correspondentAccount: "30101810400000000225" };
const accounts = ["40703810500000000001", "40702810938000000001", "40702810238000000002"] as const;

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
let entityId: string;

const add = (settlementAccount: string, isDefault = false, org = a) =>
  createBankAccount(org.director, bankAccountCreateSchema.parse({ ...sberBank, legalEntityId: entityId, settlementAccount, isDefault }));
const defaults = async () =>
  (await getLegalEntity(a.director, entityId)).bankAccounts.filter((x) => x.isDefault).map((x) => x.settlementAccount);

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Альфа");
  b = await createOrg(t.db, "Бета");
  entityId = (await createLegalEntity(a.director, legalEntitySchema.parse({ name: "ООО Альфа", inn: "7736207543" }))).id;
});
afterAll(async () => t?.close());

describe("bank account details", () => {
  it("are checked against the БИК: the settlement and correspondent accounts' check digits", () => {
    const result = bankAccountCreateSchema.safeParse({
      ...sberBank,
      legalEntityId: "00000000-0000-4000-8000-000000000000",
      settlementAccount: "40702810938000000002",
      correspondentAccount: "30101810400000000226",
      isDefault: false,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["settlementAccount", "Неверный расчётный счёт: контрольная сумма не сходится с БИК"],
      ["correspondentAccount", "Неверный корреспондентский счёт: контрольная сумма не сходится с БИК"],
    ]);
  });
});

describe("bank accounts", () => {
  it("keep exactly one default per legal entity", async () => {
    const first = await add(accounts[0]);
    expect(first.isDefault).toBe(true);
    const second = await add(accounts[1]);
    expect(second.isDefault).toBe(false);
    expect(await defaults()).toEqual([accounts[0]]);

    const third = await add(accounts[2], true);
    expect(await defaults()).toEqual([accounts[2]]);

    // Unticking the only default leaves it the default: it moves only when another account takes it.
    await updateBankAccount(a.director, bankAccountUpdateSchema.parse({ ...sberBank, id: third.id, settlementAccount: accounts[2], isDefault: false }));
    expect(await defaults()).toEqual([accounts[2]]);
    await updateBankAccount(a.director, bankAccountUpdateSchema.parse({ ...sberBank, id: second.id, settlementAccount: accounts[1], isDefault: true }));
    expect(await defaults()).toEqual([accounts[1]]);

    // Archiving the default hands it to the oldest active account.
    await setBankAccountArchived(a.director, { id: second.id, archived: true });
    expect(await defaults()).toEqual([accounts[0]]);
    const [row] = (await listLegalEntities(a.director, parseListParams({}))).rows;
    expect(row).toMatchObject({ accounts: 2, settlementAccount: accounts[0] });
    await setBankAccountArchived(a.director, { id: second.id, archived: false });
    expect(await defaults()).toEqual([accounts[0]]);

    const changes = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, a.orgId), eq(auditLog.action, "bank_account.default_changed")));
    expect(changes.length).toBeGreaterThanOrEqual(3);
  });

  it("refuse the same settlement account twice and an archived legal entity", async () => {
    await expect(add(accounts[0])).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { settlementAccount: [expect.any(String)] } });
    const other = await createLegalEntity(a.director, legalEntitySchema.parse({ name: "ООО Архив", inn: "7702070139" }));
    await setLegalEntityArchived(a.director, { id: other.id, archived: true });
    await expect(
      createBankAccount(a.director, bankAccountCreateSchema.parse({ ...sberBank, legalEntityId: other.id, settlementAccount: accounts[0], isDefault: true })),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("в архиве") });
  });

  it("of another organisation cannot be added to, edited or archived", async () => {
    await expect(add(accounts[0], true, b)).rejects.toMatchObject({ code: "NOT_FOUND", message: "Юридическое лицо не найдено" });
    const [account] = (await getLegalEntity(a.director, entityId)).bankAccounts;
    const id = account?.id ?? "";
    await expect(
      updateBankAccount(b.director, bankAccountUpdateSchema.parse({ ...sberBank, id, settlementAccount: accounts[1], isDefault: true })),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "Банковский счёт не найден" });
    await expect(setBankAccountArchived(b.director, { id, archived: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getLegalEntity(a.director, entityId)).bankAccounts.find((x) => x.id === id)?.archivedAt).toBeNull();
  });
});
