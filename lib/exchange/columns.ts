import { fileIssue, type ImportIssue } from "./import-issue";
import { textKey } from "./text-key";

/** A row of a CSV file or a worksheet, cells as text, with the line number the user sees. */
export type SourceRow = { line: number; cells: string[] };

export type ColumnSpec<K extends string> = {
  key: K;
  /** As written in the template and in messages. */
  header: string;
  /** Other headings people use for the same column. */
  aliases?: readonly string[];
  /** Whether the column itself must be present (a value may still be optional). */
  required: boolean;
};

export type ColumnIndex<K extends string> = Partial<Record<K, number>>;

const headingKey = (text: string) => textKey(text).replace(/ /g, "");

/** Finds each known column by its heading, in any order; names every required column that is missing. */
export function mapColumns<K extends string>(specs: readonly ColumnSpec<K>[], header: readonly string[]): { index: ColumnIndex<K>; issues: ImportIssue[] } {
  const positions = new Map<string, number>();
  header.forEach((cell, i) => {
    const key = headingKey(cell);
    if (key && !positions.has(key)) positions.set(key, i);
  });
  const index: ColumnIndex<K> = {};
  const issues: ImportIssue[] = [];
  for (const spec of specs) {
    const at = [spec.header, ...(spec.aliases ?? [])].map((h) => positions.get(headingKey(h))).find((p) => p !== undefined);
    if (at !== undefined) index[spec.key] = at;
    else if (spec.required) issues.push({ ...fileIssue(`В файле нет колонки «${spec.header}»`), column: spec.header });
  }
  return { index, issues };
}

export function rowValues<K extends string>(specs: readonly ColumnSpec<K>[], index: ColumnIndex<K>, cells: readonly string[]): Record<K, string> {
  const values = {} as Record<K, string>;
  for (const spec of specs) {
    const at = index[spec.key];
    values[spec.key] = at === undefined ? "" : (cells[at] ?? "").trim();
  }
  return values;
}

export const isBlankRow = (cells: readonly string[]) => cells.every((c) => c.trim() === "");
