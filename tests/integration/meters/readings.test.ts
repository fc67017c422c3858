import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, meterEvents, meterReadings, meters, organisations } from "@/db/schema";
import { todayIn } from "@/lib/core/date-time";
import { readingsSubmission } from "@/lib/meters/meter-schema";
import { decommissionMeter, replaceMeter } from "@/lib/meters/retire-meter";
import { decommissionSchema, meterReplaceSchema } from "@/lib/meters/meter-schema";
import { submitStaffReadings } from "@/lib/meters/submit-staff-readings";
import { submitMyReadings } from "@/lib/residents/meters/submit-my-readings";
import { addEmployee, createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { makeMeter, openWindowAllMonth, pastReadings } from "@/tests/support/meter-fixtures";
import { makeBuilding, makePremise } from "@/tests/integration/registry/premise-helpers";
import { residentContext, seedResidentData } from "@/tests/support/resident-fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
let buildingId: string;
let period: string;

const submit = (ctx: OrgFixture["director"], readings: Record<string, unknown>[], source: "staff" | "inspector" = "staff") =>
  submitStaffReadings(ctx, readingsSubmission.parse({ readings }), source);
const previousPeriod = (p: string) => {
  const [y, m] = p.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
};

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Счётчиков");
  b = await createOrg(t.db, "Чужая");
  await openWindowAllMonth(t.db, a.orgId);
  buildingId = (await makeBuilding(a, "ул. Водная", "5")).id;
  period = todayIn("Europe/Moscow").slice(0, 7);
});
afterAll(() => t.close());

describe("meter readings", () => {
  it("accepts a reading above the previous one and journals it with its source and author", async () => {
    const premise = await makePremise(a.director, buildingId, { number: "1" });
    const meter = await makeMeter(a.director, { premiseId: premise.id }, { initialReadings: { single: "10,5" } });
    const outcome = await submit(a.director, [{ meterId: meter.id, value: "12,250" }]);
    expect(outcome).toMatchObject({ ok: true, saved: [{ outcome: "saved", value: 12250n, volume: 1750n, period }] });
    const [event] = await t.db.select().from(meterEvents).where(and(eq(meterEvents.meterId, meter.id), eq(meterEvents.action, "meter_reading.submitted")));
    expect(event).toMatchObject({ source: "staff", period, actorName: expect.stringContaining("Директоров") });
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.orgId, a.orgId), eq(auditLog.action, "meter_reading.submitted")));
    expect(audits.length).toBeGreaterThan(0);
  });

  it("refuses a reading below the previous one and saves none of the submission", async () => {
    const premise = await makePremise(a.director, buildingId, { number: "2" });
    const cold = await makeMeter(a.director, { premiseId: premise.id }, { initialReadings: { single: "100" } });
    const hot = await makeMeter(a.director, { premiseId: premise.id }, { resource: "hot_water", initialReadings: { single: "50" } });
    const outcome = await submit(a.director, [
      { meterId: hot.id, value: "55" },
      { meterId: cold.id, value: "99,9" },
    ]);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toEqual([{ meterId: cold.id, zone: "single", message: expect.stringContaining("меньше предыдущего (100)"), confirmable: false }]);
    expect(await t.db.select().from(meterReadings).where(and(eq(meterReadings.meterId, hot.id), eq(meterReadings.kind, "regular")))).toHaveLength(0);
  });

  it("takes a reading past the end of the dial as a rollover", async () => {
    const premise = await makePremise(a.director, buildingId, { number: "3" });
    const meter = await makeMeter(a.director, { premiseId: premise.id }, { digits: 5, initialReadings: { single: "99990" } });
    const outcome = await submit(a.director, [{ meterId: meter.id, value: "10" }]);
    expect(outcome).toMatchObject({ ok: true, saved: [{ volume: 20_000n }] });
    const [row] = await t.db.select().from(meterReadings).where(and(eq(meterReadings.meterId, meter.id), eq(meterReadings.kind, "regular")));
    expect(row?.rollover).toBe(true);
  });

  it("asks to confirm an implausible jump, then keeps it flagged", async () => {
    const premise = await makePremise(a.director, buildingId, { number: "4" });
    const meter = await makeMeter(a.director, { premiseId: premise.id }, { installedOn: "2024-01-10" });
    const months: Record<string, string> = {};
    let p = previousPeriod(period);
    for (let i = 6; i >= 1; i--, p = previousPeriod(p)) months[p] = String(i * 5);
    await pastReadings(t.db, a.orgId, meter.id, months);
    const first = await submit(a.director, [{ meterId: meter.id, value: "130" }]);
    expect(first).toMatchObject({ ok: false, problems: [{ confirmable: true, message: expect.stringContaining("намного больше обычного") }] });
    const confirmed = await submit(a.director, [{ meterId: meter.id, value: "130", confirmed: true }]);
    expect(confirmed).toMatchObject({ ok: true, saved: [{ flagged: true, volume: 100_000n }] });
  });

  it("refuses readings for a faulty or decommissioned meter with the reason", async () => {
    const premise = await makePremise(a.director, buildingId, { number: "5" });
    const faulty = await makeMeter(a.director, { premiseId: premise.id });
    await t.db.update(meters).set({ status: "faulty" }).where(eq(meters.id, faulty.id));
    const expired = await makeMeter(a.director, { premiseId: premise.id }, { resource: "hot_water", nextVerificationOn: "2020-01-01", installedOn: "2015-01-01" });
    const outcome = await submit(a.director, [
      { meterId: faulty.id, value: "1" },
      { meterId: expired.id, value: "1" },
    ]);
    expect(outcome).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining("неисправен") }, { message: expect.stringContaining("Срок поверки истёк 01.01.2020") }] });
  });

  it("replaces a meter in one step: the old closes with its final reading, the new opens with its initial", async () => {
    const premise = await makePremise(a.director, buildingId, { number: "6" });
    const old = await makeMeter(a.director, { premiseId: premise.id }, { serialNumber: "OLD-1", initialReadings: { single: "5" } });
    const replacedOn = todayIn("Europe/Moscow");
    const low = replaceMeter(a.director, meterReplaceSchema.parse({ id: old.id, replacedOn, finalReadings: { single: "4" }, next: { resource: "cold_water", serialNumber: "NEW-1" } }));
    await expect(low).rejects.toMatchObject({ fieldErrors: { "finalReadings.single": [expect.stringContaining("Не меньше последнего")] } });
    const fresh = await replaceMeter(a.director, meterReplaceSchema.parse({ id: old.id, replacedOn, finalReadings: { single: "17" }, next: { resource: "cold_water", serialNumber: "NEW-1", initialReadings: { single: "0,1" } } }));
    const [closed] = await t.db.select().from(meters).where(eq(meters.id, old.id));
    expect(closed).toMatchObject({ status: "decommissioned", decommissionedOn: replacedOn });
    expect(fresh).toMatchObject({ replacesMeterId: old.id, premiseId: premise.id, status: "working" });
    const outcome = await submit(a.director, [{ meterId: fresh.id, value: "2" }]);
    expect(outcome).toMatchObject({ ok: true, saved: [{ volume: 1900n }] });
    await expect(submit(a.director, [{ meterId: old.id, value: "20" }])).resolves.toMatchObject({ ok: false, problems: [{ message: expect.stringContaining("выведен из эксплуатации") }] });
  });

  it("refuses a second meter with the same serial in one building, however it is spaced", async () => {
    const premise = await makePremise(a.director, buildingId, { number: "7" });
    await makeMeter(a.director, { premiseId: premise.id }, { serialNumber: "AB 12-34" });
    await expect(makeMeter(a.director, { premiseId: premise.id }, { serialNumber: "ab1234" })).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { serialNumber: [expect.stringContaining("уже есть в этом доме")] } });
  });

  it("needs «исправление» to overwrite a reading someone already gave for the period", async () => {
    const premise = await makePremise(a.director, buildingId, { number: "8" });
    const meter = await makeMeter(a.director, { premiseId: premise.id });
    const clerk = await addEmployee(t.db, a, { email: "clerk-meters@test.local", permissions: ["finance.readings.view", "finance.readings.enter"] });
    await expect(submit(clerk.ctx, [{ meterId: meter.id, value: "3" }])).resolves.toMatchObject({ ok: true });
    await expect(submit(clerk.ctx, [{ meterId: meter.id, value: "4" }])).resolves.toMatchObject({ ok: false, problems: [{ message: expect.stringContaining("уже передано") }] });
    await expect(submit(a.director, [{ meterId: meter.id, value: "4" }])).resolves.toMatchObject({ ok: true, saved: [{ outcome: "replaced" }] });
    const [edit] = await t.db.select().from(meterEvents).where(and(eq(meterEvents.meterId, meter.id), eq(meterEvents.action, "meter_reading.edited")));
    expect(edit?.before).toMatchObject({ value: "3000" });
  });

  it("answers a resent submission (same idempotency key) as saved and writes it once", async () => {
    const premise = await makePremise(a.director, buildingId, { number: "9" });
    const meter = await makeMeter(a.director, { premiseId: premise.id });
    const { acceptReadings } = await import("@/lib/meters/submit-readings");
    const scope = { orgId: a.orgId, actor: a.director.actor, source: "inspector" as const };
    const item = { meterId: meter.id, zone: "single" as const, value: 7000n, confirmed: false, idempotencyKey: "phone-1:abc" };
    const rights = { outOfPeriod: true, correct: false };
    await t.db.transaction((tx) => acceptReadings(tx, scope, rights, "Europe/Moscow", [item]));
    const again = await t.db.transaction((tx) => acceptReadings(tx, scope, rights, "Europe/Moscow", [item]));
    expect(again).toMatchObject({ ok: true, saved: [{ outcome: "duplicate" }] });
    expect(await t.db.select().from(meterReadings).where(and(eq(meterReadings.meterId, meter.id), eq(meterReadings.kind, "regular")))).toHaveLength(1);
  });

  it("refuses readings outside the window when the setting says so, unless the employee may enter out of period", async () => {
    const day = Number(todayIn("Europe/Moscow").slice(8, 10));
    const [start, end] = day <= 14 ? [20, 25] : [1, 5];
    await t.db.update(organisations).set({ meterWindowStartDay: start, meterWindowEndDay: end, meterLateReadings: "refuse" }).where(eq(organisations.id, a.orgId));
    try {
      const premise = await makePremise(a.director, buildingId, { number: "10" });
      const meter = await makeMeter(a.director, { premiseId: premise.id });
      const clerk = await addEmployee(t.db, a, { email: "clerk-window@test.local", permissions: ["finance.readings.enter"] });
      await expect(submit(clerk.ctx, [{ meterId: meter.id, value: "3" }])).resolves.toMatchObject({ ok: false, problems: [{ message: expect.stringContaining(`с ${start} по ${end} число`) }] });
      await expect(submit(a.director, [{ meterId: meter.id, value: "3" }])).resolves.toMatchObject({ ok: true, saved: [{ period }] });
    } finally {
      await openWindowAllMonth(t.db, a.orgId);
      await t.db.update(organisations).set({ meterLateReadings: "next_period" }).where(eq(organisations.id, a.orgId));
    }
  });

  it("lets a resident submit and resubmit for their own premise, never over the organisation's reading", async () => {
    const house = await makeBuilding(a, "ул. Жилая", "1");
    const seeded = await seedResidentData(t.db, a, house.id);
    const meter = await makeMeter(a.director, { premiseId: seeded.premise.id });
    const ctx = await residentContext(t.db, seeded.ownerPhone);
    const send = (value: string) => submitMyReadings(ctx, seeded.premise.id, readingsSubmission.parse({ readings: [{ meterId: meter.id, value }] }));
    await expect(send("1")).resolves.toMatchObject({ ok: true, saved: [{ outcome: "saved" }] });
    await expect(send("1,5")).resolves.toMatchObject({ ok: true, saved: [{ outcome: "replaced" }] });
    await submit(a.director, [{ meterId: meter.id, value: "2" }]);
    await expect(send("2,5")).resolves.toMatchObject({ ok: false, problems: [{ message: expect.stringContaining("обратитесь в управляющую организацию") }] });
    const other = await makeMeter(a.director, { premiseId: (await makePremise(a.director, house.id, { number: "11" })).id });
    await expect(submitMyReadings(ctx, seeded.premise.id, readingsSubmission.parse({ readings: [{ meterId: other.id, value: "1" }] }))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers «не найден» for another organisation's meter", async () => {
    const premise = await makePremise(a.director, buildingId, { number: "12" });
    const meter = await makeMeter(a.director, { premiseId: premise.id });
    await expect(submit(b.director, [{ meterId: meter.id, value: "1" }])).rejects.toMatchObject({ code: "NOT_FOUND", message: "Прибор учёта не найден" });
    await expect(decommissionMeter(b.director, decommissionSchema.parse({ id: meter.id, decommissionedOn: "2026-01-01", finalReadings: { single: "1" } }))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
