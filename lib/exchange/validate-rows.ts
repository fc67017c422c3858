import type { z } from "zod";
import { isBlankRow, mapColumns, rowValues, type ColumnIndex, type ColumnSpec, type SourceRow } from "./columns";
import { fileIssue, ImportFileError, IssueList, type ImportIssue } from "./import-issue";
import { importLimitMessages, importLimits } from "./import-limits";

const listOf = (found: ImportIssue[]) => {
  const list = new IssueList();
  for (const issue of found) list.add(issue);
  return list;
};

export type ValidRow<T> = { line: number; data: T };

/** Rows with data that were checked, and every problem found; a problem without a line concerns the whole file. */
export type CheckedRows = { issues: IssueList; count: number };

export const fileRejected = (checked: CheckedRows) => checked.issues.first.some((i) => i.line === null);

/**
 * Maps the header, then checks every data row with `schema` as it is read and hands each good one to `onRow` at
 * once, so neither the raw cells nor the checked rows of a big file pile up in memory. Every problem is collected
 * with its line and column rather than stopping at the first. Completely empty rows are skipped; a row with
 * anything in it is checked and counted. A source with more than `importLimits.rows` lines under the header is refused at the first line
 * too many, and reading stops there.
 */
export async function validateRows<K extends string, S extends z.ZodType>(
  source: Iterable<SourceRow> | AsyncIterable<SourceRow>,
  specs: readonly ColumnSpec<K>[],
  schema: S,
  onRow: (row: ValidRow<z.output<S>>) => void,
): Promise<CheckedRows> {
  let index: ColumnIndex<K> | undefined;
  const issues = new IssueList();
  const headers = new Map<string, string>(specs.map((s) => [s.key, s.header]));
  let count = 0;
  let lines = 0;
  for await (const row of source) {
    // The header line is not counted against the limit.
    if (++lines > importLimits.rows + 1) throw new ImportFileError([fileIssue(importLimitMessages.rows)]);
    if (!index) {
      const mapped = mapColumns(specs, row.cells);
      if (mapped.issues.length) return { issues: listOf(mapped.issues), count: 0 };
      index = mapped.index;
      continue;
    }
    if (isBlankRow(row.cells)) continue;
    count++;
    const parsed = schema.safeParse(rowValues(specs, index, row.cells));
    if (parsed.success) onRow({ line: row.line, data: parsed.data });
    else {
      for (const issue of parsed.error.issues) {
        const key = issue.path[0];
        issues.add({ line: row.line, column: typeof key === "string" ? (headers.get(key) ?? null) : null, message: issue.message });
      }
    }
  }
  if (!index) return { issues: listOf([fileIssue("Файл пустой: нет строки с заголовками колонок")]), count: 0 };
  if (!count) issues.add(fileIssue("В файле нет ни одной строки с данными"));
  return { issues, count };
}
