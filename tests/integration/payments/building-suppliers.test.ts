import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachSupplier, createSupplier, detachSupplier, listBuildingSuppliers } from "@/lib/payments/suppliers/building-suppliers";
import { supplierCreateSchema } from "@/lib/payments/suppliers/supplier-schema";
import { orgWithBuilding } from "@/tests/support/resident-fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let a: Awaited<ReturnType<typeof orgWithBuilding>>;
let b: Awaited<ReturnType<typeof orgWithBuilding>>;

const requisites = { name: "ООО «Интернет»", inn: "7707083893", kpp: "", bankName: "ПАО СБЕРБАНК", bik: "044525225", settlementAccount: "40703810500000000001", correspondentAccount: "30101810400000000225" };

beforeAll(async () => {
  t = await createTestDb();
  a = await orgWithBuilding(t.db, "Поставочная");
  b = await orgWithBuilding(t.db, "Соседская");
});
afterAll(() => t.close());

describe("external suppliers of a building", () => {
  it("creates a supplier with its payer fields, attached at once; finds it by ИНН or name; detaches it", async () => {
    const input = supplierCreateSchema.safeParse({ buildingId: a.buildingId, ...requisites, payerFields: ["Номер договора"] });
    if (!input.success) throw new Error(JSON.stringify(input.error.issues));
    const { id } = await createSupplier(a.director, input.data);
    const listed = await listBuildingSuppliers(a.director, a.buildingId);
    expect(listed.attached).toMatchObject([{ id, inn: "7707083893", payerFields: [{ key: "f1", label: "Номер договора" }] }]);
    await expect(createSupplier(a.director, input.data)).rejects.toMatchObject({ code: "CONFLICT" });
    await detachSupplier(a.director, { buildingId: a.buildingId, supplierId: id });
    expect((await listBuildingSuppliers(a.director, a.buildingId, "7707083893")).candidates.map((s) => s.id)).toEqual([id]);
    expect((await listBuildingSuppliers(a.director, a.buildingId, "интер")).candidates.map((s) => s.id)).toEqual([id]);
    await attachSupplier(a.director, { buildingId: a.buildingId, supplierId: id });
    await attachSupplier(a.director, { buildingId: a.buildingId, supplierId: id });
    expect((await listBuildingSuppliers(a.director, a.buildingId)).attached).toHaveLength(1);

    // Another organisation neither attaches A's supplier to its building, nor touches A's building.
    await expect(attachSupplier(b.director, { buildingId: b.buildingId, supplierId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(detachSupplier(b.director, { buildingId: a.buildingId, supplierId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listBuildingSuppliers(b.director, a.buildingId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listBuildingSuppliers(b.director, b.buildingId, "7707083893")).candidates).toEqual([]);
    expect((await listBuildingSuppliers(a.director, a.buildingId)).attached).toHaveLength(1);
  });
});
