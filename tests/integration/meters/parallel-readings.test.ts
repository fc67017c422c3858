import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meterEvents, meterReadings } from "@/db/schema";
import { readingsSubmission } from "@/lib/meters/meter-schema";
import { acceptReadings } from "@/lib/meters/submit-readings";
import { submitStaffReadings } from "@/lib/meters/submit-staff-readings";
import { addEmployee, createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { makeMeter, openWindowAllMonth } from "@/tests/support/meter-fixtures";
import { makeBuilding, makePremise } from "@/tests/integration/registry/premise-helpers";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let org: OrgFixture;
let buildingId: string;

beforeAll(async () => {
  t = await createTestDb();
  org = await createOrg(t.db, "Параллельная");
  await openWindowAllMonth(t.db, org.orgId);
  buildingId = (await makeBuilding(org, "ул. Гонок", "1")).id;
});
afterAll(() => t.close());

const regularReadings = (meterId: string) => t.db.select().from(meterReadings).where(and(eq(meterReadings.meterId, meterId), eq(meterReadings.kind, "regular")));

// On PostgreSQL these run on separate connections at once; the meter row lock and the unique indexes decide.
describe("readings sent at the same time", () => {
  it("writes an inspector's batch once when the phone resends it ten times in parallel", async () => {
    const premise = await makePremise(org.director, buildingId, { number: "1" });
    const [cold, hot] = [await makeMeter(org.director, { premiseId: premise.id }), await makeMeter(org.director, { premiseId: premise.id }, { resource: "hot_water" })];
    const batch = [
      { meterId: cold.id, zone: "single" as const, value: 4_000n, confirmed: false, idempotencyKey: "phone-7:1" },
      { meterId: hot.id, zone: "single" as const, value: 2_000n, confirmed: false, idempotencyKey: "phone-7:2" },
    ];
    const scope = { orgId: org.orgId, actor: org.director.actor, source: "inspector" as const };
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => t.db.transaction((tx) => acceptReadings(tx, scope, { outOfPeriod: true, correct: false }, "Europe/Moscow", batch))));
    expect(results.every((r) => r.status === "fulfilled" && r.value.ok)).toBe(true);
    expect(await regularReadings(cold.id)).toHaveLength(1);
    expect(await regularReadings(hot.id)).toHaveLength(1);
    expect(await t.db.$count(meterEvents, and(eq(meterEvents.meterId, cold.id), eq(meterEvents.action, "meter_reading.submitted")))).toBe(1);
  });

  it("keeps the first of two clerks' different readings and tells the second it is already there", async () => {
    const premise = await makePremise(org.director, buildingId, { number: "2" });
    const meter = await makeMeter(org.director, { premiseId: premise.id });
    const clerks = await Promise.all(["p1", "p2"].map((n) => addEmployee(t.db, org, { email: `clerk-${n}@test.local`, permissions: ["finance.readings.enter"] })));
    const outcomes = await Promise.all(clerks.map((c, i) => submitStaffReadings(c.ctx, readingsSubmission.parse({ readings: [{ meterId: meter.id, value: String(5 + i) }] }))));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.find((o) => !o.ok)).toMatchObject({ problems: [{ message: expect.stringContaining("уже передано") }] });
    expect(await regularReadings(meter.id)).toHaveLength(1);
  });
});
