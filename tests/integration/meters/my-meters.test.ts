import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activities, meters, organisations } from "@/db/schema";
import { todayIn } from "@/lib/core/date-time";
import { lastPeriods } from "@/lib/meters/consumption-chart";
import { readingsSubmission } from "@/lib/meters/meter-schema";
import { shortName } from "@/lib/meters/reading-activity";
import { submitStaffReadings } from "@/lib/meters/submit-staff-readings";
import { listPremiseActivity } from "@/lib/registry/activity/list-premise-activity";
import { listClientActivity } from "@/lib/registry/clients/list-client-activity";
import { listMyMeters } from "@/lib/residents/meters/list-my-meters";
import { submitMyReadings } from "@/lib/residents/meters/submit-my-readings";
import { listMyPremises } from "@/lib/residents/premises/list-my-premises";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { makeMeter, openWindowAllMonth, pastReadings } from "@/tests/support/meter-fixtures";
import { makeBuilding, makePremise } from "@/tests/integration/registry/premise-helpers";
import { residentContext, seedResidentData } from "@/tests/support/resident-fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
let houseId: string;
let seeded: Awaited<ReturnType<typeof seedResidentData>>;
let period: string;

const listParams = { page: 1, size: 50, dir: "desc" as const };

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Кабинетная");
  b = await createOrg(t.db, "Соседская");
  await openWindowAllMonth(t.db, a.orgId);
  houseId = (await makeBuilding(a, "ул. Счётная", "7")).id;
  seeded = await seedResidentData(t.db, a, houseId);
  period = todayIn("Europe/Moscow").slice(0, 7);
});
afterAll(() => t.close());

describe("the resident's meters", () => {
  it("lists each meter with its previous reading, the open window and a year of consumption", async () => {
    const meter = await makeMeter(a.director, { premiseId: seeded.premise.id }, { serialNumber: "ХВ-001", place: "Санузел", installedOn: "2024-01-10", initialReadings: { single: "100" } });
    const [p12, , , p9, p8, p7, p6, p5, p4, p3, p2, p1] = lastPeriods(period, 13);
    await pastReadings(t.db, a.orgId, meter.id, { [p12!]: "110", [p9!]: "113", [p8!]: "114", [p7!]: "115,5", [p6!]: "117", [p5!]: "118", [p4!]: "119", [p3!]: "120", [p2!]: "121", [p1!]: "122,25" });
    const ctx = await residentContext(t.db, seeded.ownerPhone);
    const data = await listMyMeters(ctx, seeded.premise.id);
    expect(data.window).toMatchObject({ open: true });
    expect(data.booking).toMatchObject({ accepted: true, period });
    const mine = data.meters.find((m) => m.id === meter.id);
    expect(mine).toMatchObject({ resourceLabel: "ХВС", serialNumber: "ХВ-001", place: "Санузел", refusal: null, unit: "м³" });
    const [zone] = mine!.zones;
    expect(zone?.previous).toMatchObject({ value: 122250n, period: p1 });
    const chart = zone!.chart!;
    expect(chart.map((c) => c.period)).toEqual(lastPeriods(period, 12));
    // The last month before this one: 122,25 − 121; the three months after the gap share 113 − 110 equally.
    expect(chart.at(-2)).toEqual({ period: p1, milli: 1250n, spread: false });
    expect(chart.filter((c) => c.spread).map((c) => c.milli)).toEqual([1000n, 1000n, 1000n]);
    expect(chart.at(-1)).toMatchObject({ period, milli: null });
  });

  it("shows a failed or expired meter with its reason, after the working ones", async () => {
    const faulty = await makeMeter(a.director, { premiseId: seeded.premise.id }, { resource: "hot_water", serialNumber: "ГВ-002" });
    await t.db.update(meters).set({ status: "faulty" }).where(eq(meters.id, faulty.id));
    const expired = await makeMeter(a.director, { premiseId: seeded.premise.id }, { resource: "hot_water", serialNumber: "ГВ-003", nextVerificationOn: "2025-02-01" });
    const recent = await makeMeter(a.director, { premiseId: seeded.premise.id }, { resource: "hot_water", serialNumber: "ГВ-004" });
    const old = await makeMeter(a.director, { premiseId: seeded.premise.id }, { resource: "hot_water", serialNumber: "ГВ-005" });
    await t.db.update(meters).set({ status: "decommissioned", decommissionedOn: `${period}-01` }).where(eq(meters.id, recent.id));
    await t.db.update(meters).set({ status: "decommissioned", decommissionedOn: "2020-01-01" }).where(eq(meters.id, old.id));
    const data = await listMyMeters(await residentContext(t.db, seeded.ownerPhone), seeded.premise.id);
    // Taken out this year: still shown (its history, no input); years ago: gone from the cabinet.
    expect(data.meters.find((m) => m.id === recent.id)).toMatchObject({ status: "decommissioned", refusal: expect.stringContaining("выведен из эксплуатации") });
    expect(data.meters.find((m) => m.id === old.id)).toBeUndefined();
    expect(data.meters.find((m) => m.id === faulty.id)).toMatchObject({ status: "faulty", refusal: expect.stringContaining("неисправен") });
    expect(data.meters.find((m) => m.id === expired.id)).toMatchObject({ status: "verification_expired", refusal: expect.stringContaining("01.02.2025") });
    expect(data.meters[0]?.refusal).toBeNull();
    expect((await listMyPremises(await residentContext(t.db, seeded.ownerPhone)))[0]?.meters).toBe(3);
  });

  it("answers «не найдено» for a premise that is not the resident's, in this or another organisation", async () => {
    const ctx = await residentContext(t.db, seeded.ownerPhone);
    const neighbour = await makePremise(a.director, houseId, { number: "2" });
    await makeMeter(a.director, { premiseId: neighbour.id });
    await expect(listMyMeters(ctx, neighbour.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const foreign = await makePremise(b.director, (await makeBuilding(b, "ул. Чужая", "1")).id, { number: "1" });
    await expect(listMyMeters(ctx, foreign.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("books a reading after the window to the next period when the organisation says so", async () => {
    const day = Number(todayIn("Europe/Moscow").slice(8, 10));
    if (day === 1) return; // No day of the month lies before today's window: nothing to test on the 1st.
    await t.db.update(organisations).set({ meterWindowStartDay: 1, meterWindowEndDay: day - 1, meterLateReadings: "next_period" }).where(eq(organisations.id, a.orgId));
    try {
      const data = await listMyMeters(await residentContext(t.db, seeded.ownerPhone), seeded.premise.id);
      expect(data.window).toMatchObject({ open: false });
      expect(data.window.text).toContain("в следующем периоде");
      expect(data.booking).toMatchObject({ accepted: true, inWindow: false });
      expect(data.booking.accepted && data.booking.period > period).toBe(true);
    } finally {
      await openWindowAllMonth(t.db, a.orgId);
    }
  });
});

describe("readings on the timelines", () => {
  it("puts a resident's reading on the premise's and the client's «Активность» with its source and author", async () => {
    const house = await makeBuilding(a, "ул. Хроники", "3");
    const flat = await seedResidentData(t.db, a, house.id);
    const meter = await makeMeter(a.director, { premiseId: flat.premise.id }, { serialNumber: "12345", initialReadings: { single: "100" } });
    const ctx = await residentContext(t.db, flat.ownerPhone);
    await submitMyReadings(ctx, flat.premise.id, readingsSubmission.parse({ readings: [{ meterId: meter.id, value: "123,456" }] }));
    const subject = "Передано показание ХВС № 12345: 123,456 (житель Владельцев Т.)";
    const premiseTimeline = await listPremiseActivity(a.director, flat.premise.id, listParams, { type: "reading" });
    expect(premiseTimeline.rows.map((r) => r.subject)).toEqual([subject]);
    const clientTimeline = await listClientActivity(a.director, flat.owner.id);
    expect(clientTimeline.rows).toEqual(expect.arrayContaining([expect.objectContaining({ type: "reading", subject })]));
  });

  it("shows staff corrections and each zone of a two-zone meter; a refused submission leaves no line", async () => {
    const premise = await makePremise(a.director, houseId, { number: "5" });
    const power = await makeMeter(a.director, { premiseId: premise.id }, { resource: "electricity", zones: 2, serialNumber: "Э-77", initialReadings: { day: "1000", night: "500" } });
    const submit = (readings: Record<string, unknown>[]) => submitStaffReadings(a.director, readingsSubmission.parse({ readings }), "staff");
    await submit([{ meterId: power.id, zone: "day", value: "1100" }, { meterId: power.id, zone: "night", value: "550" }]);
    await submit([{ meterId: power.id, zone: "day", value: "10" }]);
    await submit([{ meterId: power.id, zone: "day", value: "1110" }]);
    const director = shortName(a.director.actor.name);
    const rows = await t.db.select().from(activities).where(and(eq(activities.orgId, a.orgId), eq(activities.premiseId, premise.id)));
    expect(rows.map((r) => r.subject).sort()).toEqual([
      `Исправлено показание Электроэнергия № Э-77: день (T1) 1\u00a0110 (сотрудник ${director})`,
      `Передано показание Электроэнергия № Э-77: день (T1) 1\u00a0100, ночь (T2) 550 (сотрудник ${director})`,
    ]);
    expect(rows.every((r) => r.clientId === null && r.type === "reading")).toBe(true);
  });
});
