import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildingSuppliers, externalSuppliers } from "@/db/schema";
import { listMySuppliers, mySupplierDetailsSchema, saveMySupplierDetails } from "@/lib/residents/suppliers/my-suppliers";
import { createOrg } from "@/tests/support/fixtures";
import { makeBuilding } from "@/tests/integration/registry/premise-helpers";
import { seedReceipt } from "@/tests/support/receipt-fixtures";
import { residentContext } from "@/tests/support/resident-fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let mine: Awaited<ReturnType<typeof seedReceipt>>;
let elsewhere: Awaited<ReturnType<typeof seedReceipt>>;
let supplierId: string;

beforeAll(async () => {
  t = await createTestDb();
  const a = await createOrg(t.db, "Поставщицкая");
  const house = (await makeBuilding(a, "ул. Сетевая", "1", "Москва")).id;
  const other = (await makeBuilding(a, "ул. Другая", "2", "Москва")).id;
  mine = await seedReceipt(t.db, a.orgId, house, "1");
  elsewhere = await seedReceipt(t.db, a.orgId, other, "2");
  const [supplier] = await t.db.insert(externalSuppliers).values({ orgId: a.orgId, name: "Домофон", inn: "7707083893", payerFields: [{ key: "f1", label: "Номер договора" }] }).returning();
  supplierId = supplier!.id;
  await t.db.insert(buildingSuppliers).values({ orgId: a.orgId, buildingId: house, supplierId });
});
afterAll(() => t.close());

describe("external suppliers in the cabinet", () => {
  it("shows the building's suppliers and keeps what the resident filled in, only for their own building", async () => {
    const ctx = await residentContext(t.db, mine.ownerPhone);
    expect((await listMySuppliers(ctx, mine.premise.id)).map((s) => [s.id, s.saved])).toEqual([[supplierId, {}]]);
    await expect(saveMySupplierDetails(ctx, mySupplierDetailsSchema.parse({ premiseId: mine.premise.id, supplierId, values: {} }))).rejects.toMatchObject({ fieldErrors: { f1: ["Укажите: Номер договора"] } });
    await saveMySupplierDetails(ctx, mySupplierDetailsSchema.parse({ premiseId: mine.premise.id, supplierId, values: { f1: "Д-15", extra: "x" } }));
    await saveMySupplierDetails(ctx, mySupplierDetailsSchema.parse({ premiseId: mine.premise.id, supplierId, values: { f1: "Д-16" } }));
    expect((await listMySuppliers(ctx, mine.premise.id))[0]!.saved).toEqual({ f1: "Д-16" });

    const theirs = await residentContext(t.db, elsewhere.ownerPhone);
    expect(await listMySuppliers(theirs, elsewhere.premise.id)).toEqual([]);
    await expect(saveMySupplierDetails(theirs, mySupplierDetailsSchema.parse({ premiseId: elsewhere.premise.id, supplierId, values: { f1: "1" } }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listMySuppliers(theirs, mine.premise.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
