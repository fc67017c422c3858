/** One thing wrong with an uploaded file; `line` is null for the file as a whole (wrong format, missing column). */
export type ImportIssue = { line: number | null; column: string | null; message: string };

export const fileIssue = (message: string): ImportIssue => ({ line: null, column: null, message });

/** Thrown while reading a file that cannot be read at all; the preview turns it into a rejected run. */
export class ImportFileError extends Error {
  constructor(readonly issues: ImportIssue[]) {
    super(issues[0]?.message ?? "Файл не удалось прочитать");
    this.name = "ImportFileError";
  }
}
