import { openAsBlob } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Db } from "@/db/client";
import { commitImport } from "@/lib/exchange/commit-import";
import { previewImport } from "@/lib/exchange/preview-import";
import { DATA_SHEET, registryColumns } from "@/lib/exchange/xlsx/registry-columns";
import { benchOrg, type BenchOrg } from "./bench-org";
import { seconds, withRssSampling } from "./memory";

export const IMPORT_ROWS = 50_000;
const LAST_NAMES = ["Иванов", "Петров", "Сидоров", "Кузнецов", "Смирнов", "Попов", "Волков", "Соколов", "Лебедев", "Козлов"];
const FIRST_NAMES = ["Иван", "Пётр", "Сергей", "Алексей", "Дмитрий", "Андрей", "Михаил", "Николай"];

/** Row i: a flat in one of the buildings with its owner (a unique phone) and its account, every column filled. */
function row(org: BenchOrg, i: number): (string | number)[] {
  const building = org.buildings[i % org.buildings.length];
  const flat = Math.floor(i / org.buildings.length) + 1;
  const values: Record<string, string | number> = {
    building: building?.address ?? "",
    premiseType: "квартира",
    number: String(flat),
    entrance: String(Math.ceil(flat / 100)),
    floor: String((flat % 25) + 1),
    totalArea: `${30 + (i % 70)},${i % 10}`,
    livingArea: `${20 + (i % 10)},5`,
    rooms: (i % 4) + 1,
    premiseExternalId: `P-${i}`,
    accountNumber: String(2_000_000 + i),
    els: `${String(10 + (i % 89))}АБ${String(i).padStart(6, "0")}`,
    legalEntityInn: org.inn,
    lastName: LAST_NAMES[i % LAST_NAMES.length] ?? "",
    firstName: FIRST_NAMES[i % FIRST_NAMES.length] ?? "",
    middleName: "Иванович",
    phone: `+79${String(100_000_000 + i)}`,
    email: `owner${i}@example.ru`,
    basis: "собственник",
    share: "1",
  };
  return registryColumns.map((c) => values[c.key] ?? "");
}

/** The 50,000-row file, written with exceljs's streaming writer so generating it is cheap too. */
async function writeFile(org: BenchOrg, file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet(DATA_SHEET);
  sheet.addRow(registryColumns.map((c) => c.header)).commit();
  for (let i = 0; i < IMPORT_ROWS; i++) sheet.addRow(row(org, i)).commit();
  sheet.commit();
  await workbook.commit();
}

export async function importBench(db: Db) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "domkom-bench-xlsx-"));
  process.env.DOMKOM_FILES_DIR = path.join(dir, "files");
  try {
    const org = await benchOrg(db, 50);
    const file = path.join(dir, "registry.xlsx");
    let started = performance.now();
    await writeFile(org, file);
    const generateSeconds = seconds(started);

    started = performance.now();
    const { result: check, sampledPeakMb: previewPeakMb } = await withRssSampling(async () =>
      previewImport(org.director, { kind: "registry_xlsx", file: new File([await openAsBlob(file)], "registry.xlsx"), buildingId: null }),
    );
    const previewSeconds = seconds(started);
    if (check.status !== "ready") throw new Error(`bench file rejected: ${JSON.stringify(check.issues.slice(0, 3))}`);

    started = performance.now();
    const { result, sampledPeakMb: commitPeakMb } = await withRssSampling(() => commitImport(org.director, { importId: check.importId }));
    const commitSeconds = seconds(started);
    return { rows: IMPORT_ROWS, generateSeconds, previewSeconds, commitSeconds, totalSeconds: Math.round((previewSeconds + commitSeconds) * 10) / 10, previewPeakMb, commitPeakMb, summary: result.summary };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
