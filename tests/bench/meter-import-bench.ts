import { mkdtempSync, openAsBlob, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { from as copyFrom } from "pg-copy-streams";
import type { Db } from "@/db/client";
import { analyzeTables, meterTables, registryTables } from "@/db/analyze";
import { commitImport } from "@/lib/exchange/commit-import";
import { previewImport } from "@/lib/exchange/preview-import";
import { READINGS_SHEET } from "@/lib/exchange/meters/meter-columns";
import { benchOrg, insertFlats } from "./bench-org";
import { seconds, withRssSampling } from "./memory";

export const READING_ROWS = 100_000;
const BUILDINGS = 50;
const PERIOD = "2026-11";
const PAST = ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10"];

/** A flat meter (ХВС) in each of 100,000 flats (the list bench, meters-bench.ts, seeds its own 300,000), with an initial reading and five months of readings, set-based. */
async function seedMeters(db: Db, orgId: string) {
  await insertFlats(db, orgId, READING_ROWS / BUILDINGS);
  await db.execute(sql`
    insert into meters (org_id, building_id, premise_id, account_id, resource, serial_number, serial_key, digits, installed_on, status_since)
    select p.org_id, p.building_id, p.id, a.id, 'cold_water', 'СВ-' || lpad(row_number() over (order by p.id)::text, 7, '0'),
           'СВ' || lpad(row_number() over (order by p.id)::text, 7, '0'), 5, '2026-01-15', '2026-01-15'
    from premises p join personal_accounts a on a.premise_id = p.id where p.org_id = ${orgId}`);
  await db.execute(sql`
    insert into meter_readings (org_id, meter_id, zone, period, kind, value_milli, source, author_type, author_name, taken_at)
    select org_id, id, 'single', '2026-01', 'initial', 100000, 'staff', 'system', 'Бенчмарк', '2026-01-15' from meters where org_id = ${orgId}`);
  for (const [i, period] of PAST.entries()) {
    await db.execute(sql`
      insert into meter_readings (org_id, meter_id, zone, period, kind, value_milli, source, author_type, author_name, taken_at)
      select org_id, id, 'single', ${period}, 'regular', ${100_000 + (i + 1) * 3_000}, 'staff', 'system', 'Бенчмарк', ${`${period}-20`}::timestamptz
      from meters where org_id = ${orgId}`);
  }
  await analyzeTables(db, [...registryTables, ...meterTables]);
  return (await db.execute(sql`select id, serial_number from meters where org_id = ${orgId} order by serial_key`)) as unknown as { rows: { id: string; serial_number: string }[] };
}

const value = (i: number) => `${116 + (i % 7)},${String(i % 1000).padStart(3, "0")}`;

/** The import file: serial, reading and an external id per row (the period is chosen in the form). */
async function writeFile(serials: readonly string[], file: string) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet(READINGS_SHEET);
  sheet.addRow(["Заводской номер", "Показание", "Внешний ID"]).commit();
  serials.forEach((serial, i) => sheet.addRow([serial, value(i), `R-${i}`]).commit());
  sheet.commit();
  await workbook.commit();
}

/**
 * The reference: the same 100,000 rows sent with COPY straight into meter_readings (indexes in place), in a
 * transaction that is rolled back so the import then meets the table exactly as it was.
 */
async function rawCopySeconds(url: string, orgId: string, meters: readonly { id: string }[]) {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("begin");
    const started = performance.now();
    const lines = function* () {
      for (const [i, m] of meters.entries()) {
        yield `${orgId}\t${m.id}\tsingle\t${PERIOD}\tregular\t${value(i).replace(",", "")}\timport\temployee\tБенчмарк\timport:R-${i}\n`;
      }
    };
    await pipeline(
      Readable.from(lines()),
      client.query(copyFrom("copy meter_readings (org_id, meter_id, zone, period, kind, value_milli, source, author_type, author_name, idempotency_key) from stdin")),
    );
    const copySeconds = (performance.now() - started) / 1000;
    await client.query("rollback");
    return copySeconds;
  } finally {
    await client.end();
  }
}

/**
 * Issue #9: «Показания за период» of 100,000 readings from an .xlsx on PostgreSQL — preview (read, match, check
 * against the history) and commit (insert and journal) — against a raw COPY of the same rows in the same run.
 * Goal: ≤ 5× the COPY. Figures only, nothing asserted.
 */
export async function meterImportBench(db: Db, url?: string) {
  if (!url) throw new Error("the meters bench compares with COPY and needs PostgreSQL");
  const dir = mkdtempSync(path.join(os.tmpdir(), "domkom-bench-meters-"));
  process.env.DOMKOM_FILES_DIR = path.join(dir, "files");
  try {
    const org = await benchOrg(db, BUILDINGS);
    let started = performance.now();
    const { rows: meters } = await seedMeters(db, org.orgId);
    const seedSeconds = seconds(started);
    const file = path.join(dir, "readings.xlsx");
    started = performance.now();
    await writeFile(meters.map((m) => m.serial_number), file);
    const generateSeconds = seconds(started);

    const copySeconds = await rawCopySeconds(url, org.orgId, meters);

    started = performance.now();
    const { result: check, sampledPeakMb: previewPeakMb } = await withRssSampling(async () =>
      previewImport(org.director, { kind: "meter_readings", file: new File([await openAsBlob(file)], "readings.xlsx"), buildingId: null, period: PERIOD }),
    );
    const previewSeconds = seconds(started);
    if (check.status !== "ready") throw new Error(`bench file rejected: ${JSON.stringify(check.issues.slice(0, 3))}`);

    started = performance.now();
    const { result, sampledPeakMb: commitPeakMb } = await withRssSampling(() => commitImport(org.director, { importId: check.importId }));
    const commitSeconds = seconds(started);
    const totalSeconds = previewSeconds + commitSeconds;
    const ratio = (s: number) => Math.round((s / copySeconds) * 10) / 10;
    return {
      rows: READING_ROWS,
      historyReadings: READING_ROWS * (PAST.length + 1),
      seedSeconds,
      generateSeconds,
      copySeconds: Math.round(copySeconds * 100) / 100,
      previewSeconds,
      commitSeconds,
      totalSeconds: Math.round(totalSeconds * 10) / 10,
      totalToCopy: ratio(totalSeconds),
      commitToCopy: ratio(commitSeconds),
      goal: "import ≤ 5× COPY",
      previewPeakMb,
      commitPeakMb,
      readingsCreated: result.summary.readingsCreated,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
