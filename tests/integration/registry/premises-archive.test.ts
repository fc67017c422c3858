import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, personalAccounts, premiseClients, premises } from "@/db/schema";
import { setAccountArchived } from "@/lib/registry/accounts/set-account-archived";
import { archivePremise } from "@/lib/registry/premises/archive-premise";
import { restorePremise } from "@/lib/registry/premises/restore-premise";
import { listPremises } from "@/lib/registry/premises/list-premises";
import { parseListParams } from "@/lib/table/list-params";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { link, makeAccount, makeBuilding, makeClient, makePremise } from "./premise-helpers";

let t: TestDb;
let a: OrgFixture;
let buildingId: string;

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Альфа");
  buildingId = (await makeBuilding(a, "ул. Садовая", "3")).id;
});
afterAll(async () => t?.close());

const accountsOf = (premiseId: string) => t.db.select().from(personalAccounts).where(eq(personalAccounts.premiseId, premiseId));
const linksOf = (premiseId: string) => t.db.select().from(premiseClients).where(eq(premiseClients.premiseId, premiseId));

describe("archiving a premise", () => {
  it("archives its accounts, ends its links, keeps every row and writes the audit", async () => {
    const ctx = a.director;
    const premise = await makePremise(ctx, buildingId, { number: "7" });
    const kept = await makeAccount(ctx, premise.id, "300-1");
    const older = await makeAccount(ctx, premise.id, "300-2");
    await setAccountArchived(ctx, { id: older.id, archived: true });
    const owner = await makeClient(a, "Владельцев");
    const tenant = await makeClient(a, "Жильцов");
    await link(ctx, premise.id, owner.id);
    await link(ctx, premise.id, tenant.id, "tenant", owner.id);

    expect(await archivePremise(ctx, { id: premise.id })).toEqual({ accounts: 1, links: 2 });

    const [archived] = await t.db.select().from(premises).where(eq(premises.id, premise.id));
    expect(archived?.archivedAt).toBeInstanceOf(Date);
    const accounts = await accountsOf(premise.id);
    expect(accounts.find((x) => x.id === kept.id)?.archivedAt).toEqual(archived?.archivedAt);
    expect((await linksOf(premise.id)).every((l) => l.removedAt !== null)).toBe(true);
    const list = await listPremises(ctx, parseListParams({}), {});
    expect(list.rows.map((r) => r.id)).not.toContain(premise.id);
    const audit = await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.orgId, a.orgId));
    expect(audit.map((x) => x.action)).toEqual(expect.arrayContaining(["premise.archived", "personal_account.archived", "premise_client.removed"]));

    // Restore: the premise and the account its archiving took come back; the account archived before stays archived.
    expect(await restorePremise(ctx, { id: premise.id })).toEqual({ accounts: 1 });
    const after = await accountsOf(premise.id);
    expect(after.find((x) => x.id === kept.id)?.archivedAt).toBeNull();
    expect(after.find((x) => x.id === older.id)?.archivedAt).not.toBeNull();
    const [restored] = await t.db.select().from(premises).where(eq(premises.id, premise.id));
    expect(restored?.archivedAt).toBeNull();
  });

  it("refuses a restore that would duplicate an account number, changing nothing", async () => {
    const ctx = a.director;
    const premise = await makePremise(ctx, buildingId, { number: "8" });
    await makeAccount(ctx, premise.id, "400-1");
    await archivePremise(ctx, { id: premise.id });
    const other = await makePremise(ctx, buildingId, { number: "9" });
    await makeAccount(ctx, other.id, "400-1");
    await expect(restorePremise(ctx, { id: premise.id })).rejects.toThrow("лицевой счёт № 400-1 уже есть");
    const [still] = await t.db.select().from(premises).where(eq(premises.id, premise.id));
    expect(still?.archivedAt).not.toBeNull();
  });

  it("refuses a restore when an active premise has taken the number", async () => {
    const ctx = a.director;
    const premise = await makePremise(ctx, buildingId, { number: "11" });
    await archivePremise(ctx, { id: premise.id });
    await makePremise(ctx, buildingId, { number: "11" });
    await expect(restorePremise(ctx, { id: premise.id })).rejects.toThrow("Помещение кв. 11 уже есть в этом объекте");
  });

  it("does not archive a premise of another organisation", async () => {
    const b = await createOrg(t.db, "Бета");
    const premise = await makePremise(a.director, buildingId, { number: "12" });
    await expect(archivePremise(b.director, { id: premise.id })).rejects.toThrow("Помещение не найдено");
    const [row] = await t.db.select().from(premises).where(and(eq(premises.id, premise.id)));
    expect(row?.archivedAt).toBeNull();
  });
});
