/**
 * Spreadsheet programs run a cell that starts with `=`, `+`, `-` or `@` as a formula (and tab or CR can hide such
 * a start), so a building's city typed as `=HYPERLINK(...)` would become a live link in the file staff download.
 * Every CSV and XLSX text cell the product writes passes through here: such text gets a leading apostrophe, which
 * Excel and LibreOffice show as plain text. Plain numbers («-100,50» in a balance column) are left as they are:
 * they are what the column means, and a number cannot carry a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?\d[\d \u00a0]*([.,]\d+)?$/;

export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** The same for a value of any type: only text can be mistaken for a formula. */
export const neutraliseValue = <T>(value: T): T | string => (typeof value === "string" ? neutraliseCell(value) : value);
