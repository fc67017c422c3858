import type { UploadBody } from "@/lib/storage/storage";
import type { SourceRow } from "../columns";
import { fileIssue, ImportFileError } from "../import-issue";
import { decodeCsv } from "./decode-csv";
import { parseCsv } from "./parse-csv";

// .xlsx and .docx are zip archives; their first bytes are "PK\x03\x04".
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The rows of an uploaded CSV file, whatever encoding and separator the user's program chose. */
export async function readCsvRows(file: UploadBody): Promise<Iterable<SourceRow>> {
  const bytes = new Uint8Array(await new Response(file.stream()).arrayBuffer());
  if (isZip(bytes)) throw new ImportFileError([fileIssue("Это книга Excel, а нужен CSV: сохраните файл как «CSV (разделители — запятые)»")]);
  return parseCsv(decodeCsv(bytes));
}
