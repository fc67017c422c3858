import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, meterEvents, meterReadings, meters } from "@/db/schema";
import { commitImport } from "@/lib/exchange/commit-import";
import { importTemplate } from "@/lib/exchange/import-template";
import { previewImport } from "@/lib/exchange/preview-import";
import { encodeCp1251 } from "@/tests/support/cp1251";
import { expectReady, expectRejected, importOrg, sectionCounts, type ImportOrg } from "@/tests/support/exchange-fixtures";
import { makeMeter, pastReadings } from "@/tests/support/meter-fixtures";
import { bytesFile, xlsxFile } from "@/tests/support/sheet-files";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { addEmployee } from "@/tests/support/fixtures";

let t: TestDb;
let org: ImportOrg;

const csv = (lines: readonly string[]) => lines.join("\r\n");
const bom = (text: string) => bytesFile(Buffer.from(`\ufeff${text}`, "utf8"), "файл.csv");

async function meterCount() {
  return (await t.db.select({ n: count() }).from(meters).where(eq(meters.orgId, org.orgId)))[0]?.n ?? 0;
}
async function readingsOf(serial: string) {
  return t.db
    .select({ zone: meterReadings.zone, period: meterReadings.period, kind: meterReadings.kind, value: meterReadings.valueMilli, source: meterReadings.source, flagged: meterReadings.flagged })
    .from(meterReadings)
    .innerJoin(meters, eq(meters.id, meterReadings.meterId))
    .where(and(eq(meters.orgId, org.orgId), eq(meters.serialNumber, serial)))
    .orderBy(meterReadings.period, meterReadings.zone);
}

beforeAll(async () => {
  t = await createTestDb();
  org = await importOrg(t.db, "Счётчики");
  // Flats 1–3 with accounts 700001–700003, through the accounts import.
  const accounts = csv(["Л.С;Фамилия;Квартира", "700001;Иванов;1", "700002;Петров;2", "700003;Сидоров;3"]);
  const check = expectReady(await previewImport(org.director, { kind: "accounts_csv", file: bom(accounts), buildingId: org.buildingId }));
  await commitImport(org.director, { importId: check.importId });
});
afterAll(async () => t?.close());

const meterHeader = "Лицевой счёт;Объект (адрес);Квартира;Ресурс;Заводской номер;Модель;Тарифных зон;Дата установки;Дата выпуска;Межповерочный интервал, лет;Разрядность;Внешний ID;Показание T1;Показание T2;Дата показаний";

describe("import of meters with their last readings", () => {
  it("reads a windows-1251 CSV, finds premises by account or address and flat, and loads everything in one go", async () => {
    const file = bytesFile(
      encodeCp1251(
        csv([
          meterHeader,
          "700001;;;ХВС;ХВ-001;СВК-15;;15.03.2024;01.12.2023;6;5;m-1;123,456;;20.10.2026",
          `;${org.address};2;Электроэнергия;Э-002;Меркурий;2;;;;6;m-2;4 512,3;1 870;20.10.2026`,
          `;${org.address};;Отопление;ТС-003;;;;;;;m-3;845,12;;20.10.2026`,
        ]),
      ),
      "приборы.csv",
    );
    const check = expectReady(await previewImport(org.director, { kind: "meters", file, buildingId: null }));
    expect(sectionCounts(check)).toEqual({ "meters.create": 3 });
    expect(check.preview.sections[0]?.items[0]).toContain("ХВС № ХВ-001");
    await commitImport(org.director, { importId: check.importId });

    expect(await meterCount()).toBe(3);
    const [cold] = await t.db.select().from(meters).where(and(eq(meters.orgId, org.orgId), eq(meters.serialNumber, "ХВ-001")));
    expect(cold).toMatchObject({ resource: "cold_water", nextVerificationOn: "2029-12-01", digits: 5, externalId: "m-1" });
    expect(cold?.accountId).not.toBeNull();
    const [building] = await t.db.select().from(meters).where(and(eq(meters.orgId, org.orgId), eq(meters.serialNumber, "ТС-003")));
    expect(building?.premiseId).toBeNull();
    expect(await readingsOf("Э-002")).toEqual([
      { zone: "day", period: "2026-10", kind: "initial", value: 4512300n, source: "import", flagged: false },
      { zone: "night", period: "2026-10", kind: "initial", value: 1870000n, source: "import", flagged: false },
    ]);
    const journal = await t.db.select({ n: count() }).from(meterEvents).where(and(eq(meterEvents.orgId, org.orgId), eq(meterEvents.action, "meter.created")));
    expect(journal[0]?.n).toBe(3);
    expect(await t.db.$count(auditLog, and(eq(auditLog.orgId, org.orgId), eq(auditLog.action, "meter.created"), eq(auditLog.entityType, "meter")))).toBe(3);

    // The same file again: every row names a meter already loaded under its external id, so nothing is added.
    const again = expectReady(await previewImport(org.director, { kind: "meters", file, buildingId: null }));
    expect(sectionCounts(again)).toEqual({ "meters.unchanged": 3 });
    await commitImport(org.director, { importId: again.importId });
    expect(await meterCount()).toBe(3);
  });

  it("rejects the whole file, naming each bad cell, and saves none of its good rows", async () => {
    const file = bom(
      csv([
        meterHeader,
        "700003;;;ГВС;ГВ-100;;;;;;5;;10;;20.10.2026",
        "700003;;;ГВС;гв 100;;;;;;5;;10;;20.10.2026",
        "700002;;;ХВС;ХВ-001;;;;;;5;;10;;20.10.2026",
        `;${org.address};99;ХВС;ХВ-200;;;;;;5;;10;;20.10.2026`,
        "700001;;;ХВС;ХВ-300;;;;;;5;;12,3а;;20.10.2026",
        "799999;;;Вода;ХВ-400;;;;;;;;;;",
      ]),
    );
    const check = expectRejected(await previewImport(org.director, { kind: "meters", file, buildingId: null }));
    expect(check.issues).toEqual([
      { line: 3, column: "Заводской номер", message: "Заводской номер гв 100 уже указан в строке 2: в одном доме номер не повторяется" },
      { line: 4, column: "Заводской номер", message: "Прибор с заводским номером ХВ-001 уже есть в этом доме" },
      { line: 5, column: "Квартира", message: `Квартира 99 не найдена в объекте «${org.address}»: сначала загрузите помещения` },
      { line: 6, column: "Показание T1", message: "Показание T1: «12,3а» — не показание. Укажите число не меньше нуля, не больше трёх знаков после запятой, например 123,456" },
      { line: 7, column: "Ресурс", message: "Неизвестный ресурс «Вода»: укажите ХВС, ГВС, Отопление, Электроэнергия, Газ" },
    ]);
    expect(await meterCount()).toBe(3);
  });

  it("imports the downloaded template as it is", async () => {
    const template = await importTemplate(org.director, "meters");
    const check = expectReady(await previewImport(org.director, { kind: "meters", file: bytesFile(template.bytes, template.fileName), buildingId: null }));
    expect(sectionCounts(check)).toEqual({ "meters.create": 3 });
  });

  it("names a missing column, which is what a file in an unexpected layout or encoding shows", async () => {
    const check = expectRejected(await previewImport(org.director, { kind: "meters", file: bom(csv(["Лицевой счёт;Номер", "700001;1"])), buildingId: null }));
    expect(check.issues.map((i) => i.message)).toEqual(["В файле нет колонки «Ресурс»", "В файле нет колонки «Заводской номер»"]);
  });
});

describe("import of readings for a period", () => {
  const header = ["Заводской номер", "Лицевой счёт", "Ресурс", "Зона", "Показание", "Внешний ID"];

  it("checks every row by the shared rules, flags an implausible jump and is idempotent by external id", async () => {
    const [cold] = await t.db.select().from(meters).where(and(eq(meters.orgId, org.orgId), eq(meters.serialNumber, "ХВ-001")));
    // Six months of 2 m³ a month before the initial reading's month, so a jump has an average to exceed.
    await pastReadings(t.db, org.orgId, cold!.id, { "2026-04": "111,456", "2026-06": "115,456", "2026-08": "119,456" });
    const file = await xlsxFile([
      header,
      ["ХВ-001", null, null, null, "160", "r-1"],
      [null, "700002", "Электроэнергия", "T1", "4 600", "r-2"],
      [null, "700002", "Электроэнергия", "ночь", "1 900,5", "r-3"],
      ["ТС-003", null, null, null, "900", "r-4"],
    ]);
    const check = expectReady(await previewImport(org.director, { kind: "meter_readings", file, buildingId: null, period: "2026-11" }));
    expect(sectionCounts(check)).toEqual({ "readings.create": 4, "readings.flagged": 1 });
    expect(check.preview.sections.find((s) => s.key === "readings.flagged")?.items[0]?.replace(/\s/g, " ")).toBe("ХВС № ХВ-001, 2026-11: 123,456 → 160");
    await commitImport(org.director, { importId: check.importId });

    expect((await readingsOf("ХВ-001")).filter((r) => r.period === "2026-11")).toEqual([{ zone: "single", period: "2026-11", kind: "regular", value: 160000n, source: "import", flagged: true }]);
    expect((await readingsOf("Э-002")).filter((r) => r.period === "2026-11").map((r) => [r.zone, r.value])).toEqual([["day", 4600000n], ["night", 1900500n]]);
    const submitted = await t.db.select({ n: count() }).from(meterEvents).where(and(eq(meterEvents.orgId, org.orgId), eq(meterEvents.action, "meter_reading.submitted")));
    expect(submitted[0]?.n).toBe(4);
    const audited = await t.db.select({ after: auditLog.after }).from(auditLog).where(and(eq(auditLog.orgId, org.orgId), eq(auditLog.action, "meter_reading.submitted"), eq(auditLog.entityType, "meter_reading")));
    expect(audited.map((a) => (a.after as { value: string }).value).sort()).toEqual(["160000", "1900500", "4600000", "900000"]);

    const again = expectReady(await previewImport(org.director, { kind: "meter_readings", file, buildingId: null, period: "2026-11" }));
    expect(sectionCounts(again)).toEqual({ "readings.unchanged": 4 });
    await commitImport(org.director, { importId: again.importId });
    expect((await readingsOf("Э-002")).filter((r) => r.period === "2026-11")).toHaveLength(2);
  });

  it("refuses the whole file when one reading breaks a rule; a UTF-8 CSV with a BOM and a «Период» column reads the same", async () => {
    const file = bom(
      csv([
        "Заводской номер;Зона;Показание;Период",
        "ХВ-001;;161;12.2026",
        "ХВ-001;;162;12.2026",
        "Э-002;T1;4 500;12.2026",
        "Э-002;;2 000;12.2026",
        "НЕТ-1;;5;12.2026",
        "ТС-003;;абв;12.2026",
        "ТС-003;;950;",
      ]),
    );
    const check = expectRejected(await previewImport(org.director, { kind: "meter_readings", file, buildingId: null }));
    expect(check.issues.map((i) => [i.line, i.column, i.message.replace(/\s/g, " ")])).toEqual([
      [3, "Показание", "Показание этого прибора за 2026-12 уже указано в строке 2"],
      [4, "Показание", "Показание меньше предыдущего (4 600). Если прибор заменили, оформите замену прибора"],
      [5, "Зона", "Укажите зону прибора Э-002: T1, T2 (или день/ночь/пик/полупик)"],
      [6, "Заводской номер", "Прибор с заводским номером НЕТ-1 не найден"],
      [7, "Показание", "Показание: «абв» — не показание. Укажите число не меньше нуля, не больше трёх знаков после запятой, например 123,456"],
      [8, "Период", "Не указан период: заполните колонку «Период» или выберите месяц при загрузке"],
    ]);
    expect((await readingsOf("ХВ-001")).filter((r) => r.period === "2026-12")).toEqual([]);
  });

  it("refuses a reading of a meter whose verification has expired, with the reason", async () => {
    await t.db.update(meters).set({ nextVerificationOn: "2025-01-01" }).where(and(eq(meters.orgId, org.orgId), eq(meters.serialNumber, "ТС-003")));
    const check = expectRejected(await previewImport(org.director, { kind: "meter_readings", file: bom(csv(["Заводской номер;Показание", "ТС-003;1000"])), buildingId: null, period: "2026-12" }));
    expect(check.issues[0]?.message).toContain("Срок поверки истёк");
  });

  it("lets an employee who may enter readings load them without the registry's edit right, and nothing else", async () => {
    const clerk = await addEmployee(t.db, org, { email: "readings-clerk@test.local", permissions: ["finance.readings.enter"] });
    await makeMeter(org.director, { buildingId: org.buildingId }, { resource: "heating", serialNumber: "КЛЕРК-1", installedOn: "2026-01-10", initialReadings: { single: "10" } });
    const file = bom(csv(["Заводской номер;Показание", "КЛЕРК-1;11"]));
    expect(await previewImport(clerk.ctx, { kind: "meter_readings", file, buildingId: null, period: "2026-12" })).toMatchObject({ status: "ready" });
    await expect(previewImport(clerk.ctx, { kind: "meters", file, buildingId: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(previewImport(clerk.ctx, { kind: "registry_xlsx", file, buildingId: org.buildingId })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
