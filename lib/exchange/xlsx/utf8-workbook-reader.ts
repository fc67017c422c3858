import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import ExcelJS from "exceljs";

type Chunks = AsyncIterable<Buffer | string>;

/** The parts of exceljs's streaming reader we hook into; they are internal, hence not in its typings. */
type ReaderInternals = {
  _parseWorksheet(iterator: Chunks, sheetNo: string): Generator<unknown>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
};
const Reader = ExcelJS.stream.xlsx.WorkbookReader as unknown as new (
  input: Readable,
  options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>,
) => ExcelJS.stream.xlsx.WorkbookReader & ReaderInternals;

/** Decodes UTF-8 across chunk boundaries: a letter split between two chunks stays one letter. */
async function* utf8(chunks: Chunks): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  for await (const chunk of chunks) yield typeof chunk === "string" ? chunk : decoder.write(chunk);
  yield decoder.end();
}

/**
 * exceljs 4.4's streaming reader decodes every chunk of a sheet on its own, so a two-byte Cyrillic letter that
 * straddles two chunks becomes «��» (exceljs issues #2084, #2063; the fixes were never merged). This reader hands
 * exceljs text instead of bytes, which its parser passes through untouched.
 */
export class Utf8WorkbookReader extends Reader {
  _parseWorksheet(iterator: Chunks, sheetNo: string) {
    return super._parseWorksheet(utf8(iterator), sheetNo);
  }

  _parseSharedStrings(entry: Readable) {
    entry.setEncoding("utf8");
    return super._parseSharedStrings(entry);
  }
}
