import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clients, premises } from "@/db/schema";
import { getMyPremise } from "@/lib/residents/premises/get-my-premise";
import { listMyPremises } from "@/lib/residents/premises/list-my-premises";
import type { OrgFixture } from "@/tests/support/fixtures";
import { addAccount, addClient, addLink, addPremise, nextTestPhone, orgWithBuilding, residentContext } from "@/tests/support/resident-fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let a: OrgFixture & { buildingId: string };
let b: OrgFixture & { buildingId: string };

beforeAll(async () => {
  t = await createTestDb();
  a = await orgWithBuilding(t.db, "Альфа");
  b = await orgWithBuilding(t.db, "Бета");
});
afterAll(() => t?.close());

describe("«Мои помещения»", () => {
  it("lists the resident's premises with visible accounts only: hidden and archived accounts and archived premises are left out", async () => {
    const phone = nextTestPhone();
    const me = await addClient(t.db, a.orgId, { lastName: "Жильцов", phone });
    const flat = await addPremise(t.db, a.orgId, a.buildingId, "12");
    const parking = await addPremise(t.db, a.orgId, a.buildingId, "3", "parking");
    const gone = await addPremise(t.db, a.orgId, a.buildingId, "13");
    for (const p of [flat, parking, gone]) await addLink(t.db, { orgId: a.orgId, premiseId: p.id, clientId: me.id, basis: "owner" });
    await t.db.update(premises).set({ archivedAt: new Date() }).where(eq(premises.id, gone.id));
    await addAccount(t.db, { orgId: a.orgId, premiseId: flat.id, number: "A-12" });
    await addAccount(t.db, { orgId: a.orgId, premiseId: flat.id, number: "DEV-12", hiddenInCabinet: true });
    await addAccount(t.db, { orgId: a.orgId, premiseId: flat.id, number: "OLD-12", archived: true });

    const ctx = await residentContext(t.db, phone);
    const mine = await listMyPremises(ctx);
    expect(mine.map((p) => [p.address, p.basis, p.accounts.map((acc) => acc.number)])).toEqual([
      ["Москва, ул. Альфаская, д. 1, кв. 12", "owner", ["A-12"]],
      ["Москва, ул. Альфаская, д. 1, м/м 3", "owner", []],
    ]);
    expect((await getMyPremise(ctx, flat.id)).accounts.map((acc) => acc.number)).toEqual(["A-12"]);
    await expect(getMyPremise(ctx, gone.id)).rejects.toThrow("Помещение не найдено");
  });

  it("shows premises of every organisation the phone is a client of, and no other organisation's", async () => {
    const phone = nextTestPhone();
    const inA = await addPremise(t.db, a.orgId, a.buildingId, "20");
    const inB = await addPremise(t.db, b.orgId, b.buildingId, "20");
    const strangerInB = await addPremise(t.db, b.orgId, b.buildingId, "21");
    const clientA = await addClient(t.db, a.orgId, { lastName: "Двойнов", phone });
    const clientB = await addClient(t.db, b.orgId, { lastName: "Двойнов", phone });
    await addLink(t.db, { orgId: a.orgId, premiseId: inA.id, clientId: clientA.id });
    await addLink(t.db, { orgId: b.orgId, premiseId: inB.id, clientId: clientB.id });
    const other = await addClient(t.db, b.orgId, { lastName: "Чужой", phone: nextTestPhone() });
    await addLink(t.db, { orgId: b.orgId, premiseId: strangerInB.id, clientId: other.id });

    const ctx = await residentContext(t.db, phone);
    expect((await listMyPremises(ctx)).map((p) => p.id).sort()).toEqual([inA.id, inB.id].sort());
    await expect(getMyPremise(ctx, strangerInB.id)).rejects.toThrow("Помещение не найдено");

    // Blocked by organisation B only: B's premises disappear, A's stay.
    await t.db.update(clients).set({ blockedAt: new Date() }).where(eq(clients.id, clientB.id));
    const afterBlock = await residentContext(t.db, phone);
    expect((await listMyPremises(afterBlock)).map((p) => p.id)).toEqual([inA.id]);
    await expect(getMyPremise(afterBlock, inB.id)).rejects.toThrow("Ваш доступ заблокирован управляющей организацией");
  });

  it("a resident of organisation A sees nothing of organisation B", async () => {
    const phone = nextTestPhone();
    const me = await addClient(t.db, a.orgId, { lastName: "Одинов", phone });
    const mine = await addPremise(t.db, a.orgId, a.buildingId, "30");
    await addLink(t.db, { orgId: a.orgId, premiseId: mine.id, clientId: me.id });
    const bPremise = await addPremise(t.db, b.orgId, b.buildingId, "30");
    const ctx = await residentContext(t.db, phone);
    expect((await listMyPremises(ctx)).map((p) => p.id)).toEqual([mine.id]);
    await expect(getMyPremise(ctx, bPremise.id)).rejects.toThrow("Помещение не найдено");
  });

  it("an archived client has no cabinet at all", async () => {
    const phone = nextTestPhone();
    await addClient(t.db, a.orgId, { lastName: "Архивов", phone, archived: true });
    await expect(residentContext(t.db, phone)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
