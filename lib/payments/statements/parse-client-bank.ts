import { parseScaledDecimal } from "@/lib/exchange/decimal";
import { russianDate, StatementFileError, type StatementLine } from "./statement-line";

/** A payment document of a 1C «ClientBankExchange» file, with the fields we read. */
type ClientBankDocument = { line: number; kind: string; fields: Map<string, string> };

const HEADER = "1CClientBankExchange";

/** Splits the file into its documents (`СекцияДокумент=… КонецДокумента`); the header and account sections are skipped. */
function documentsOf(text: string): ClientBankDocument[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines[0]?.replace(/^\uFEFF/, "").trim() !== HEADER) throw new StatementFileError("Это не выписка 1С: файл должен начинаться со строки 1CClientBankExchange");
  const documents: ClientBankDocument[] = [];
  let current: ClientBankDocument | null = null;
  lines.forEach((raw, i) => {
    const text = raw.trim();
    const eq = text.indexOf("=");
    const key = eq >= 0 ? text.slice(0, eq) : text;
    const value = eq >= 0 ? text.slice(eq + 1).trim() : "";
    if (key === "СекцияДокумент") {
      if (current) throw new StatementFileError(`Строка ${i + 1}: новый документ начинается до КонецДокумента предыдущего (строка ${current.line})`);
      current = { line: i + 1, kind: value, fields: new Map() };
    } else if (key === "КонецДокумента") {
      if (!current) throw new StatementFileError(`Строка ${i + 1}: КонецДокумента без СекцияДокумент`);
      documents.push(current);
      current = null;
    } else if (current && eq > 0) current.fields.set(key, value);
  });
  if (current) throw new StatementFileError(`Документ со строки ${(current as ClientBankDocument).line} не закончен: нет КонецДокумента`);
  if (!lines.some((l) => l.trim() === "КонецФайла")) throw new StatementFileError("Файл обрезан: нет строки КонецФайла");
  return documents;
}

const digits = (text: string | undefined) => (text ?? "").replace(/\s/g, "");

/** Payer's name as 1C writes it: «ИНН 7700000000 ООО Ромашка» or the name alone in Плательщик1. */
function payerName(fields: Map<string, string>): string | null {
  const name = fields.get("Плательщик1") || fields.get("Плательщик") || "";
  return name.replace(/^ИНН\s*\d+\s*/u, "").trim() || null;
}

/**
 * Incoming payments of a 1C «ClientBankExchange» statement (format 1.02/1.03; decode the bytes first — 1C writes
 * windows-1251 or UTF-8): only documents whose ПолучательСчет is one of the organisation's settlement accounts —
 * money the organisation paid out (ПлательщикСчет is ours) and documents to other accounts are left out.
 */
export function parseClientBankExchange(text: string, settlementAccounts: ReadonlySet<string>): { lines: StatementLine[]; skipped: number } {
  const documents = documentsOf(text);
  const lines: StatementLine[] = [];
  let skipped = 0;
  for (const doc of documents) {
    const f = doc.fields;
    const receiver = digits(f.get("ПолучательСчет") ?? f.get("ПолучательРасчСчет"));
    if (!settlementAccounts.has(receiver) || settlementAccounts.has(digits(f.get("ПлательщикСчет")))) {
      skipped++;
      continue;
    }
    const where = `Документ со строки ${doc.line}`;
    const date = russianDate(f.get("ДатаПоступило") || f.get("Дата") || "");
    if (!date) throw new StatementFileError(`${where}: нет даты или она неверна (Дата=ДД.ММ.ГГГГ)`);
    const amount = parseScaledDecimal(f.get("Сумма") ?? "", 2);
    if (amount === null || amount <= 0n) throw new StatementFileError(`${where}: неверная сумма «${f.get("Сумма") ?? ""}»`);
    lines.push({
      line: doc.line,
      number: f.get("Номер") || null,
      date,
      amountKopecks: amount.toString(),
      payerName: payerName(f),
      payerInn: f.get("ПлательщикИНН") || null,
      payerAccount: digits(f.get("ПлательщикСчет") ?? f.get("ПлательщикРасчСчет")) || null,
      purpose: f.get("НазначениеПлатежа") || null,
      accountNumber: null,
      address: null,
      period: null,
    });
  }
  return { lines, skipped };
}
