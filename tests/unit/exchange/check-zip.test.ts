import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { SourceRow } from "@/lib/exchange/columns";
import { ImportFileError } from "@/lib/exchange/import-issue";
import { importLimitMessages, importLimits } from "@/lib/exchange/import-limits";
import { assertZipWithinLimits } from "@/lib/exchange/xlsx/check-zip";
import { xlsxRows } from "@/lib/exchange/xlsx/read-xlsx-rows";
import { xlsxBomb } from "@/tests/support/zip-bomb";

const overLimit = importLimits.unpackedBytes / 1024 / 1024 + 10;

async function refusal(bytes: Buffer): Promise<string | undefined> {
  const error = await assertZipWithinLimits(Readable.from(bytes)).catch((e: unknown) => e);
  if (error === undefined) return undefined;
  if (!(error instanceof ImportFileError)) throw error;
  return error.issues[0]?.message;
}

describe("assertZipWithinLimits", () => {
  it("lets a small workbook through, and the bomb builder makes a workbook exceljs reads", async () => {
    const bytes = await xlsxBomb(1, { lie: true });
    expect(await refusal(bytes)).toBeUndefined();
    const rows: SourceRow[] = [];
    for await (const row of xlsxRows(Readable.from(bytes))) rows.push(row);
    expect(rows).toEqual([{ line: 1, cells: ["Адрес"] }]);
  });

  it("refuses a small file whose sheet inflates beyond the limit though its header says 1 KB", async () => {
    const bytes = await xlsxBomb(overLimit, { lie: true });
    expect(bytes.length).toBeLessThan(1024 * 1024);
    expect(await refusal(bytes)).toBe(importLimitMessages.unpackedBytes);
  });

  it("refuses an honest header above the limit before inflating anything", async () => {
    expect(await refusal(await xlsxBomb(overLimit, { lie: false }))).toBe(importLimitMessages.unpackedBytes);
  });
});
