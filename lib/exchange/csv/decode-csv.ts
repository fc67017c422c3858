const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * Text of a CSV file as Russian offices produce it: UTF-8 with or without a BOM, «Юникод» text from Excel
 * (UTF-16 LE with a BOM), or windows-1251 from «CSV (разделители — запятые)» and 1C. Bytes that are not
 * valid UTF-8 can only be windows-1251 here, since every byte sequence is valid in it.
 */
export function decodeCsv(bytes: Uint8Array): string {
  if (startsWith(bytes, UTF8_BOM)) return new TextDecoder("utf-8").decode(bytes);
  if (startsWith(bytes, UTF16LE_BOM)) return new TextDecoder("utf-16le").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1251").decode(bytes);
  }
}
