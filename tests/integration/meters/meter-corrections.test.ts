import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, buildings, meterEvents, meterReadings, organisations } from "@/db/schema";
import { decidePeriod } from "@/lib/meters/collection-window";
import { editReading } from "@/lib/meters/edit-reading";
import { buildingCollectionWindowSchema, orgCollectionWindowSchema, readingEditSchema } from "@/lib/meters/meter-schema";
import { collectionWindows } from "@/lib/meters/reading-history";
import { updateCollectionWindow } from "@/lib/meters/update-collection-window";
import { addEmployee, createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { makeMeter, pastReadings } from "@/tests/support/meter-fixtures";
import { makeBuilding, makePremise, scopedEmployee } from "@/tests/integration/registry/premise-helpers";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
let buildingId: string;
let premiseNumber = 1;

const edit = (ctx: OrgFixture["director"], id: string, value: string, confirmed = false) => editReading(ctx, readingEditSchema.parse({ id, value, confirmed }));

/** A flat's meter with regular readings for the given periods; returns the meter and its readings by period. */
async function meterWithHistory(history: Record<string, string>, input: Record<string, unknown> = {}) {
  const premise = await makePremise(a.director, buildingId, { number: String(premiseNumber++) });
  const meter = await makeMeter(a.director, { premiseId: premise.id }, { installedOn: "2025-06-10", ...input });
  await pastReadings(t.db, a.orgId, meter.id, history);
  const rows = await t.db.select().from(meterReadings).where(and(eq(meterReadings.meterId, meter.id), eq(meterReadings.kind, "regular")));
  return { meter, byPeriod: Object.fromEntries(rows.map((r) => [r.period, r])) as Record<string, (typeof rows)[number]> };
}

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Исправлений");
  b = await createOrg(t.db, "Чужие исправления");
  buildingId = (await makeBuilding(a, "ул. Поверочная", "3")).id;
});
afterAll(() => t.close());

describe("correcting a reading", () => {
  it("saves a value between the previous and the next reading and journals before and after", async () => {
    const { meter, byPeriod } = await meterWithHistory({ "2025-07": "10", "2025-08": "20", "2025-09": "30" });
    await edit(a.director, byPeriod["2025-08"]!.id, "22,5");
    const [saved] = await t.db.select().from(meterReadings).where(eq(meterReadings.id, byPeriod["2025-08"]!.id));
    expect(saved?.valueMilli).toBe(22500n);
    const [event] = await t.db.select().from(meterEvents).where(and(eq(meterEvents.meterId, meter.id), eq(meterEvents.action, "meter_reading.edited")));
    expect(event).toMatchObject({ period: "2025-08", source: "staff", before: { value: "20000" }, after: { value: "22500", volume: "12500" } });
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, byPeriod["2025-08"]!.id), eq(auditLog.action, "meter_reading.edited")));
    expect(audits).toHaveLength(1);
  });

  it("refuses a value below the previous reading or above the next one, and changes nothing", async () => {
    const { byPeriod } = await meterWithHistory({ "2025-07": "10", "2025-08": "20", "2025-09": "30" });
    const id = byPeriod["2025-08"]!.id;
    await expect(edit(a.director, id, "9")).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { value: [expect.stringContaining("меньше предыдущего")] } });
    await expect(edit(a.director, id, "31")).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { value: [expect.stringContaining("больше следующего")] } });
    const [kept] = await t.db.select().from(meterReadings).where(eq(meterReadings.id, id));
    expect(kept?.valueMilli).toBe(20000n);
  });

  it("asks to confirm an implausible jump on the latest reading, then saves it flagged", async () => {
    const { byPeriod } = await meterWithHistory({ "2025-07": "10", "2025-08": "12", "2025-09": "14", "2025-10": "16" });
    const id = byPeriod["2025-10"]!.id;
    await expect(edit(a.director, id, "90")).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { confirmed: [expect.stringContaining("намного больше обычного")] } });
    await edit(a.director, id, "90", true);
    const [saved] = await t.db.select().from(meterReadings).where(eq(meterReadings.id, id));
    expect(saved).toMatchObject({ valueMilli: 90000n, flagged: true });
  });

  it("needs «исправление переданных», and finds no reading of another organisation", async () => {
    const { byPeriod } = await meterWithHistory({ "2025-07": "10", "2025-08": "20" });
    const clerk = await addEmployee(t.db, a, { email: "no-correct@test.local", permissions: ["finance.readings.view", "finance.readings.enter"] });
    await expect(edit(clerk.ctx, byPeriod["2025-08"]!.id, "21")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(edit(b.director, byPeriod["2025-08"]!.id, "21")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("collection window settings", () => {
  it("saves the organisation's window and late-reading rule with an audit row", async () => {
    await updateCollectionWindow(a.director, { scope: "organisation", ...orgCollectionWindowSchema.parse({ startDay: "10", endDay: "20", late: "refuse" }) });
    const [org] = await t.db.select().from(organisations).where(eq(organisations.id, a.orgId));
    expect(org).toMatchObject({ meterWindowStartDay: 10, meterWindowEndDay: 20, meterLateReadings: "refuse" });
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.orgId, a.orgId), eq(auditLog.action, "meter_window.updated")));
    expect(audit).toMatchObject({ before: { meterWindowStartDay: 15 }, after: { meterWindowStartDay: 10 } });
    const window = (await collectionWindows(t.db, a.orgId, [buildingId])).get(buildingId)!;
    expect(decidePeriod(window, new Date("2026-03-25T09:00:00Z"), "Europe/Moscow", false)).toMatchObject({ accepted: false });
  });

  it("gives a building its own days, and blank days return it to the organisation's", async () => {
    await updateCollectionWindow(a.director, { scope: "building", ...buildingCollectionWindowSchema.parse({ buildingId, startDay: "1", endDay: "5" }) });
    expect((await collectionWindows(t.db, a.orgId, [buildingId])).get(buildingId)).toMatchObject({ startDay: 1, endDay: 5 });
    await updateCollectionWindow(a.director, { scope: "building", ...buildingCollectionWindowSchema.parse({ buildingId, startDay: "", endDay: "" }) });
    const [row] = await t.db.select().from(buildings).where(eq(buildings.id, buildingId));
    expect(row).toMatchObject({ meterWindowStartDay: null, meterWindowEndDay: null });
  });

  it("refuses a start after the end, days outside 1..31 and only one of a building's days", () => {
    const org = orgCollectionWindowSchema.safeParse({ startDay: "26", endDay: "25", late: "next_period" });
    expect(org.error?.issues).toMatchObject([{ path: ["endDay"], message: "День окончания не раньше дня начала" }]);
    expect(orgCollectionWindowSchema.safeParse({ startDay: "0", endDay: "32", late: "refuse" }).error?.issues.map((i) => i.path[0])).toEqual(["startDay", "endDay"]);
    expect(orgCollectionWindowSchema.safeParse({ startDay: "", endDay: "25", late: "refuse" }).success).toBe(false);
    const building = buildingCollectionWindowSchema.safeParse({ buildingId, startDay: "5", endDay: "" });
    expect(building.error?.issues).toMatchObject([{ path: ["endDay"], message: "Укажите оба дня или оставьте оба пустыми" }]);
  });

  it("needs «Профиль компании…» and keeps a building outside the employee's scope or organisation out of reach", async () => {
    const clerk = await scopedEmployee(t.db, a, []);
    const input = buildingCollectionWindowSchema.parse({ buildingId, startDay: "1", endDay: "5" });
    await expect(updateCollectionWindow(clerk, { scope: "building", ...input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateCollectionWindow(b.director, { scope: "building", ...input })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [row] = await t.db.select().from(buildings).where(eq(buildings.id, buildingId));
    expect(row?.meterWindowStartDay).toBeNull();
  });
});
