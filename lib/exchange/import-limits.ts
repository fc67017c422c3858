/**
 * Every limit an uploaded import file must keep, in one place (the README lists them). A file is refused as soon
 * as it crosses one: an .xlsx is a zip, and 1 MB of zip can unpack into gigabytes of XML, so the unpacked size is
 * counted while inflating, not taken from the zip's headers, which a crafted file can fill with anything. Kept
 * free of node: imports so the upload form can check the file size before sending it.
 */
export const importLimits = {
  /** The uploaded file itself. */
  fileBytes: 50 * 1024 * 1024,
  /** All entries of an .xlsx together once inflated (100,000 rows of the full registry template unpack to ~90 MB). */
  unpackedBytes: 200 * 1024 * 1024,
  /** Entries of an .xlsx (a workbook has a dozen or two). */
  zipEntries: 500,
  /** Lines of the data sheet or CSV file below the header, empty lines included: 100,000 readings fit in one file. */
  rows: 100_000,
  /** Problems reported (and kept in the exchange log) in full; the rest are only counted. */
  reportedIssues: 1_000,
} as const;

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} МБ`;

export const importLimitMessages = {
  fileBytes: `Файл больше ${megabytes(importLimits.fileBytes)}`,
  unpackedBytes: `Книга Excel слишком большая: в распакованном виде больше ${megabytes(importLimits.unpackedBytes)}. Разделите данные на несколько файлов`,
  zipEntries: "Книга Excel содержит слишком много частей: сохраните данные в новую книгу с одним листом",
  rows: `В файле больше ${importLimits.rows.toLocaleString("ru-RU")} строк. Разделите данные на несколько файлов`,
} as const;
