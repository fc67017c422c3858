export type CsvRecord = { line: number; cells: string[] };

const SEPARATORS = [";", ",", "\t"] as const;
export type CsvSeparator = (typeof SEPARATORS)[number];

/** The separator used most often in the header line outside quotes; «;» wins ties, as Russian Excel writes it. */
export function detectSeparator(text: string): CsvSeparator {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return SEPARATORS.reduce((best, s) => ((counts.get(s) ?? 0) > (counts.get(best) ?? 0) ? s : best), SEPARATORS[0]);
}

/**
 * RFC 4180 records with the line each starts on (a quoted value may span lines, and users are told line
 * numbers as their editor shows them). Quotes inside a quoted value are doubled; CRLF, LF and CR all end a line.
 * Records come one at a time, so a reader that stops early (too many lines) never holds the rest.
 */
export function* parseCsv(text: string, separator: CsvSeparator = detectSeparator(text)): Generator<CsvRecord> {
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endCell = () => {
    cells.push(cell);
    cell = "";
  };
  const endRecord = (): CsvRecord => {
    endCell();
    const record = { line: recordLine, cells };
    cells = [];
    return record;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n" || (ch === "\r" && text[i + 1] !== "\n")) line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === "") {
      cell = "";
      quoted = true;
    } else if (ch === separator) endCell();
    else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      yield endRecord();
      recordLine = ++line;
    } else cell += ch;
  }
  if (cell !== "" || cells.length) yield endRecord();
}
