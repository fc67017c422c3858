import type { Readable } from "node:stream";
import unzipper, { type Entry } from "unzipper";
import { fileIssue, ImportFileError } from "../import-issue";
import { importLimitMessages, importLimits } from "../import-limits";

const refuse = (message: string) => new ImportFileError([fileIssue(message)]);

/** The size the entry's local header declares; a lie is caught by counting, a truthful big one is refused unread. */
const declaredSize = (entry: Entry) => (entry.vars as { uncompressedSize?: number }).uncompressedSize ?? 0;

/**
 * Reads an .xlsx once without parsing it, with the same zip reader exceljs uses (so it sees the very entries
 * exceljs will), and refuses it as soon as its entries, declared or actually inflated, exceed the unpacked-size
 * limit or there are too many of them. Inflating is cheap next to parsing the XML; a zip bomb costs at most the
 * limit's worth of inflating, never the parse. A file that is not a zip at all is left to the parser to refuse.
 */
export async function assertZipWithinLimits(input: Readable): Promise<void> {
  const zip = input.pipe(unzipper.Parse({ forceStream: true }));
  let unpacked = 0;
  let entries = 0;
  try {
    for await (const item of zip) {
      const entry = item as Entry;
      if (++entries > importLimits.zipEntries) throw refuse(importLimitMessages.zipEntries);
      if (unpacked + declaredSize(entry) > importLimits.unpackedBytes) throw refuse(importLimitMessages.unpackedBytes);
      for await (const chunk of entry as AsyncIterable<Buffer>) {
        unpacked += chunk.length;
        if (unpacked > importLimits.unpackedBytes) throw refuse(importLimitMessages.unpackedBytes);
      }
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
  } finally {
    input.destroy();
    zip.destroy();
  }
}
