import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMeteringPoints } from "@/lib/meters/metering-points";
import { meterReplaceSchema } from "@/lib/meters/meter-schema";
import { replaceMeter } from "@/lib/meters/retire-meter";
import { volumesForPeriods } from "@/lib/meters/volumes";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { makeMeter, pastReadings } from "@/tests/support/meter-fixtures";
import { makeBuilding, makePremise } from "@/tests/integration/registry/premise-helpers";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let org: OrgFixture;
let buildingId: string;
const norm = () => 7_000n;
const year2025 = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, "0")}`);

beforeAll(async () => {
  t = await createTestDb();
  org = await createOrg(t.db, "Объёмов");
  buildingId = (await makeBuilding(org, "ул. Расходная", "3")).id;
});
afterAll(() => t.close());

describe("billing volumes from stored readings", () => {
  it("bills the average over a gap and recalculates when the reading comes", async () => {
    const premise = await makePremise(org.director, buildingId, { number: "1" });
    const meter = await makeMeter(org.director, { premiseId: premise.id }, { installedOn: "2025-01-05", initialReadings: { single: "100" } });
    await pastReadings(t.db, org.orgId, meter.id, { "2025-01": "103", "2025-02": "106", "2025-03": "109", "2025-04": "112", "2025-05": "115", "2025-06": "118", "2025-09": "130" });
    const [point] = await loadMeteringPoints(t.db, org.orgId, { premiseIds: [premise.id] });
    const outcomes = volumesForPeriods(point!.point, point!.readings, year2025.slice(5, 9), norm);
    const values = outcomes.map((o) => (o.ok ? [o.value.method, o.value.volume] : ["error"]));
    expect(values).toEqual([
      ["reading", 3_000n],
      ["average", 3_000n],
      ["average", 3_000n],
      ["recalculation", 6_000n],
    ]);
  });

  it("splits a replacement month between the old meter's final and the new meter's reading", async () => {
    const premise = await makePremise(org.director, buildingId, { number: "2" });
    const old = await makeMeter(org.director, { premiseId: premise.id }, { installedOn: "2025-01-05", initialReadings: { single: "50" } });
    await pastReadings(t.db, org.orgId, old.id, { "2025-01": "52", "2025-02": "54" });
    const fresh = await replaceMeter(org.director, meterReplaceSchema.parse({ id: old.id, replacedOn: "2025-03-10", finalReadings: { single: "55" }, next: { resource: "cold_water", serialNumber: "NEW-77", initialReadings: { single: "1" } } }));
    await pastReadings(t.db, org.orgId, fresh.id, { "2025-03": "2,5" });
    const [point] = await loadMeteringPoints(t.db, org.orgId, { premiseIds: [premise.id] });
    expect(point!.point.meters.map((m) => m.id)).toEqual([old.id, fresh.id]);
    const [march] = volumesForPeriods(point!.point, point!.readings, ["2025-03"], norm);
    expect(march).toMatchObject({ ok: true, value: { method: "replacement", volume: 2_500n } });
  });
});
