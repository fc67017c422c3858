import { PassThrough } from "node:stream";
import { and, eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meterEvents, meterReadings, meters } from "@/db/schema";
import { todayIn } from "@/lib/core/date-time";
import { exportKinds } from "@/lib/exchange/export-kinds";
import { findPremisesForReadings } from "@/lib/meters/find-premises-for-readings";
import { inspectionRound } from "@/lib/meters/inspection-round";
import { journalFiltersFrom } from "@/lib/meters/journal/journal-filters";
import { listMeterJournal } from "@/lib/meters/journal/list-meter-journal";
import { inspectorReadingsSubmission, readingsSubmission } from "@/lib/meters/meter-schema";
import { premiseMeterReadings } from "@/lib/meters/premise-meter-readings";
import { submitInspectorReadings } from "@/lib/meters/submit-inspector-readings";
import { submitStaffReadings } from "@/lib/meters/submit-staff-readings";
import { updateMeter } from "@/lib/meters/update-meter";
import { meterUpdateSchema } from "@/lib/meters/meter-schema";
import { parseListParams } from "@/lib/table/list-params";
import { addEmployee, createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { makeMeter, openWindowAllMonth, pastReadings } from "@/tests/support/meter-fixtures";
import { link, makeAccount, makeBuilding, makeClient, makePremise, scopedEmployee } from "@/tests/integration/registry/premise-helpers";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
let buildingId: string;
let otherBuildingId: string;
let period: string;
let previous: string;

const monthBefore = (p: string) => {
  const [y, m] = p.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
};

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Обходов");
  b = await createOrg(t.db, "Другая");
  await openWindowAllMonth(t.db, a.orgId);
  buildingId = (await makeBuilding(a, "ул. Счётная", "1")).id;
  otherBuildingId = (await makeBuilding(a, "ул. Дальняя", "9")).id;
  period = todayIn("Europe/Moscow").slice(0, 7);
  previous = monthBefore(period);
});
afterAll(() => t.close());

describe("a premise's meters with their previous readings", () => {
  it("gives per zone the previous reading, its period and source, and whether this period's reading exists", async () => {
    const premise = await makePremise(a.director, buildingId, { number: "10" });
    const water = await makeMeter(a.director, { premiseId: premise.id }, { initialReadings: { single: "5" } });
    const power = await makeMeter(a.director, { premiseId: premise.id }, { resource: "electricity", zones: 2, serialNumber: "ЭЛ-10" });
    await pastReadings(t.db, a.orgId, power.id, { [previous]: "1200" }, "day");
    await pastReadings(t.db, a.orgId, power.id, { [previous]: "300,5" }, "night");
    const gone = await makeMeter(a.director, { premiseId: premise.id }, { resource: "gas" });
    await t.db.update(meters).set({ status: "decommissioned", decommissionedOn: "2025-02-01" }).where(eq(meters.id, gone.id));
    await submitStaffReadings(a.director, readingsSubmission.parse({ readings: [{ meterId: water.id, value: "7" }] }));

    const data = await premiseMeterReadings(a.director, premise.id);
    expect(data.period).toBe(period);
    expect(data.closed).toBeNull();
    expect(data.meters.map((m) => m.id).sort()).toEqual([water.id, power.id].sort());
    const elec = data.meters.find((m) => m.id === power.id)!;
    expect(elec.zones).toEqual([
      { zone: "day", previous: expect.objectContaining({ value: 1_200_000n, period: previous, source: "staff" }), current: null },
      { zone: "night", previous: expect.objectContaining({ value: 300_500n, period: previous }), current: null },
    ]);
    const cold = data.meters.find((m) => m.id === water.id)!;
    // The initial reading is what this month's is compared with; this month's own reading is reported as current.
    expect(cold.zones[0]).toMatchObject({ previous: { value: 5000n }, current: { value: 7000n, source: "staff" } });
  });

  it("says why a faulty meter takes no reading", async () => {
    const premise = await makePremise(a.director, buildingId, { number: "11" });
    const meter = await makeMeter(a.director, { premiseId: premise.id });
    await t.db.update(meters).set({ status: "faulty" }).where(eq(meters.id, meter.id));
    const data = await premiseMeterReadings(a.director, premise.id);
    expect(data.meters[0]).toMatchObject({ status: "faulty", refusal: expect.stringContaining("неисправен") });
  });

  it("answers «не найдено» to another organisation and 403 outside the employee's buildings", async () => {
    const premise = await makePremise(a.director, buildingId, { number: "12" });
    await expect(premiseMeterReadings(b.director, premise.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const scoped = await scopedEmployee(t.db, a, [otherBuildingId]);
    const withReadings = { ...scoped, permissions: new Set([...scoped.permissions, "finance.readings.view" as const]) };
    await expect(premiseMeterReadings(withReadings, premise.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("finds premises with meters by address, account number and owner's surname", async () => {
    const premise = await makePremise(a.director, buildingId, { number: "14" });
    await makeMeter(a.director, { premiseId: premise.id });
    await makeAccount(a.director, premise.id, "7700140");
    const owner = await makeClient(a, "Показаниева");
    await link(a.director, premise.id, owner.id, "owner");
    const bare = await makePremise(a.director, buildingId, { number: "15" });
    for (const text of ["Счётная 1 14", "7700140", "Показаниева"]) {
      const found = await findPremisesForReadings(a.director, text);
      expect(found.map((p) => p.id), text).toContain(premise.id);
    }
    // A premise without meters is not offered: there is nothing to enter.
    expect((await findPremisesForReadings(a.director, "Счётная 1 15")).map((p) => p.id)).not.toContain(bare.id);
    expect(await findPremisesForReadings(b.director, "7700140")).toEqual([]);
  });
});

describe("the inspector's round", () => {
  it("saves a batch sent twice (a resend after a reconnect) once, and answers the second as already accepted", async () => {
    const premise = await makePremise(a.director, buildingId, { number: "20" });
    const cold = await makeMeter(a.director, { premiseId: premise.id }, { initialReadings: { single: "10" } });
    const hot = await makeMeter(a.director, { premiseId: premise.id }, { resource: "hot_water", initialReadings: { single: "4" } });
    const inspector = await addEmployee(t.db, a, { email: "inspector-round@test.local", preset: "meter_inspector" });
    const batch = inspectorReadingsSubmission.parse({
      readings: [
        { meterId: cold.id, value: "12,5", submissionId: "0f6b7a1e-1111-4a4a-9b9b-000000000001" },
        { meterId: hot.id, value: "5", submissionId: "0f6b7a1e-1111-4a4a-9b9b-000000000002" },
      ],
    });
    const first = await submitInspectorReadings(inspector.ctx, batch);
    expect(first).toMatchObject({ ok: true, saved: [{ outcome: "saved", volume: 2500n }, { outcome: "saved" }] });
    const again = await submitInspectorReadings(inspector.ctx, batch);
    expect(again).toMatchObject({ ok: true, saved: [{ outcome: "duplicate", value: 12_500n }, { outcome: "duplicate", value: 5000n }] });
    // Both at once, as two tabs or a retry racing the first answer: still one row per reading.
    await Promise.all([submitInspectorReadings(inspector.ctx, batch), submitInspectorReadings(inspector.ctx, batch)]);

    const rows = await t.db.select().from(meterReadings).where(and(eq(meterReadings.meterId, cold.id), eq(meterReadings.kind, "regular")));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ source: "inspector", valueMilli: 12_500n, idempotencyKey: `inspector:${inspector.id}:0f6b7a1e-1111-4a4a-9b9b-000000000001` });
    const events = await t.db.select().from(meterEvents).where(and(eq(meterEvents.meterId, cold.id), eq(meterEvents.action, "meter_reading.submitted")));
    expect(events).toHaveLength(1);
  });

  it("refuses a submission id that is not an id", () => {
    expect(inspectorReadingsSubmission.safeParse({ readings: [{ meterId: crypto.randomUUID(), value: "1", submissionId: "x'; drop" }] }).success).toBe(false);
  });

  it("lists the building's flats with meters by entrance and marks those done this period", async () => {
    const building = (await makeBuilding(a, "ул. Обходная", "3")).id;
    const one = await makePremise(a.director, building, { number: "1", entrance: "1" });
    const two = await makePremise(a.director, building, { number: "2", entrance: "1" });
    await makePremise(a.director, building, { number: "3", entrance: "2" });
    const m1 = await makeMeter(a.director, { premiseId: one.id }, { initialReadings: { single: "1" } });
    await makeMeter(a.director, { premiseId: two.id });
    await submitStaffReadings(a.director, readingsSubmission.parse({ readings: [{ meterId: m1.id, value: "2" }] }), "inspector");
    const round = await inspectionRound(a.director, building);
    expect(round.flats.map((f) => [f.label, f.entrance, f.done])).toEqual([
      ["кв. 1", "1", true],
      ["кв. 2", "1", false],
    ]);
    expect(round.flats[0]!.meters[0]!.zones[0]).toMatchObject({ previous: { value: "1" }, current: { value: "2", source: "инспектор" } });
    await expect(inspectionRound(b.director, building)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("«История показаний» and the readings export", () => {
  let meterId: string;

  beforeAll(async () => {
    const premise = await makePremise(a.director, otherBuildingId, { number: "5" });
    const account = await makeAccount(a.director, premise.id, "5500050");
    const meter = await makeMeter(a.director, { premiseId: premise.id }, { accountId: account.id, serialNumber: "ЖУР-555", initialReadings: { single: "100" } });
    meterId = meter.id;
    await submitStaffReadings(a.director, readingsSubmission.parse({ readings: [{ meterId, value: "104,25" }] }));
    await updateMeter(a.director, meterUpdateSchema.parse({ id: meterId, resource: "cold_water", serialNumber: "ЖУР-555", digits: 5, status: "working", sealNumber: "П-1" }));
    // An event of last year, to tell the month and year filters apart from «everything».
    await t.db.update(meterEvents).set({ createdAt: sql`now() - interval '400 days'` }).where(and(eq(meterEvents.meterId, meterId), eq(meterEvents.action, "meter.created")));
  });

  const journal = (query: Record<string, string>) => listMeterJournal(a.director, parseListParams({ size: "100", ...query }), journalFiltersFrom(query));

  it("filters by month, year, building, source and action", async () => {
    const all = await journal({ building: otherBuildingId });
    expect(all.rows.map((r) => r.action).sort()).toEqual(["meter.created", "meter.updated", "meter_reading.submitted"]);
    const thisMonth = await journal({ building: otherBuildingId, month: todayIn(a.director.timezone).slice(0, 7) });
    expect(thisMonth.rows.map((r) => r.action).sort()).toEqual(["meter.updated", "meter_reading.submitted"]);
    const lastYear = String(Number(todayIn(a.director.timezone).slice(0, 4)) - 1);
    const inYear = await journal({ building: otherBuildingId, year: lastYear });
    // 400 days back is last year or the one before; the row is in exactly one of them.
    const yearBefore = await journal({ building: otherBuildingId, year: String(Number(lastYear) - 1) });
    expect([...inYear.rows, ...yearBefore.rows].map((r) => r.action)).toEqual(["meter.created"]);
    const readings = await journal({ building: otherBuildingId, action: "meter_reading.submitted", source: "staff" });
    expect(readings.rows).toHaveLength(1);
    expect(readings.rows[0]).toMatchObject({ serialNumber: "ЖУР-555", period, actorName: expect.stringContaining("Директоров"), after: expect.objectContaining({ value: "104250" }) });
    expect((await journal({ building: otherBuildingId, source: "inspector" })).rows).toHaveLength(0);
    expect((await listMeterJournal(b.director, parseListParams({}), {})).rows).toHaveLength(0);
  });

  async function exportRows(kind: "meterReadings" | "meterJournal", query: Record<string, string>) {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    await exportKinds[kind].open(a.director, query).write(out, { sheetName: "Лист", timeZone: "Europe/Moscow", about: [] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  }

  it("exports a line per meter and zone with account, address, serial, previous, current and volume", async () => {
    const rows = await exportRows("meterReadings", { period, building: otherBuildingId });
    expect(rows[0]).toEqual(["Лицевой счёт", "Адрес", "Заводской номер", "Ресурс", "Единица", "Тарифная зона", "Предыдущее показание", "Текущее показание", "Объём"]);
    const line = rows.find((r) => r[2] === "ЖУР-555");
    expect(line).toEqual(["5500050", expect.stringContaining("кв. 5"), "ЖУР-555", "ХВС", "м³", undefined, 100, 104.25, 4.25]);
    const before = await exportRows("meterReadings", { period: previous, building: otherBuildingId });
    expect(before.find((r) => r[2] === "ЖУР-555")?.slice(6)).toEqual([100]);
  });

  it("exports the journal with who, what and before → after", async () => {
    const rows = await exportRows("meterJournal", { building: otherBuildingId, action: "meter.updated" });
    expect(rows).toHaveLength(2);
    const [when, who, action, meter, place, , was, now, source] = rows[1]!;
    expect(when).toBeInstanceOf(Date);
    expect([who, action, meter, place, was, now, source]).toEqual([
      expect.stringContaining("Директоров"),
      "Прибор учёта изменён",
      "ХВС № ЖУР-555",
      expect.stringContaining("кв. 5"),
      "Пломба: —",
      "Пломба: П-1",
      "Сотрудник",
    ]);
  });
});
