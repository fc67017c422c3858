import { importLimits } from "./import-limits";

/** One thing wrong with an uploaded file; `line` is null for the file as a whole (wrong format, missing column). */
export type ImportIssue = { line: number | null; column: string | null; message: string };

export const fileIssue = (message: string): ImportIssue => ({ line: null, column: null, message });

/**
 * The problems found in a file: the first `importLimits.reportedIssues` in full, the rest only counted, so a file
 * where every one of 100,000 rows is wrong costs no more memory than one with a thousand mistakes.
 */
export class IssueList {
  readonly first: ImportIssue[] = [];
  count = 0;

  add(issue: ImportIssue): void {
    if (this.count++ < importLimits.reportedIssues) this.first.push(issue);
  }

  /** The problems of several checks of the same file, the first ones by line. */
  static join(...lists: IssueList[]): IssueList {
    const joined = new IssueList();
    const byLine = lists.flatMap((list) => list.first).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    joined.first.push(...byLine.slice(0, importLimits.reportedIssues));
    joined.count = lists.reduce((sum, list) => sum + list.count, 0);
    return joined;
  }
}

/** Thrown while reading a file that cannot be read at all; the preview turns it into a rejected run. */
export class ImportFileError extends Error {
  constructor(readonly issues: ImportIssue[]) {
    super(issues[0]?.message ?? "Файл не удалось прочитать");
    this.name = "ImportFileError";
  }
}
