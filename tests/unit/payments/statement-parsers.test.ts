import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeCsv } from "@/lib/exchange/csv/decode-csv";
import { accountsInPurpose, matchAccount } from "@/lib/payments/statements/account-in-purpose";
import { parseClientBankExchange } from "@/lib/payments/statements/parse-client-bank";
import { parsePaymentRegistry } from "@/lib/payments/statements/parse-payment-registry";
import { lineFingerprint, StatementFileError } from "@/lib/payments/statements/statement-line";
import { encodeCp1251 } from "@/tests/support/cp1251";

const OURS = "40703810500000000001";
const ours = new Set([OURS, "40702810938000000001"]);

const document = (fields: Record<string, string>) => ["СекцияДокумент=Платежное поручение", ...Object.entries(fields).map(([k, v]) => `${k}=${v}`), "КонецДокумента"];
const statement = (...docs: string[][]) => ["1CClientBankExchange", "ВерсияФормата=1.03", "Кодировка=Windows", `РасчСчет=${OURS}`, "СекцияРасчСчет", `РасчСчет=${OURS}`, "КонецРасчСчет", ...docs.flat(), "КонецФайла"].join("\r\n");

describe("1C ClientBankExchange statement", () => {
  it("reads the incoming documents of windows-1251 bytes and leaves out outgoing ones and other accounts'", () => {
    const text = statement(
      document({ Номер: "15", Дата: "25.11.2026", Сумма: "3450.00", ПлательщикСчет: "40817810000000000001", Плательщик: "Иванова Анна Петровна", ПлательщикИНН: "", ПолучательСчет: OURS, НазначениеПлатежа: "Оплата ЖКУ, ЛС 100001" }),
      document({ Номер: "16", Дата: "25.11.2026", Сумма: "1 200,5", ПлательщикСчет: "40817810000000000002", Плательщик: "ИНН 770100000111 Петров Сергей", Плательщик1: "Петров Сергей", ПолучательСчет: OURS, ДатаПоступило: "26.11.2026", НазначениеПлатежа: "л/с 100002" }),
      document({ Номер: "311", Дата: "27.11.2026", Сумма: "18000.00", ПлательщикСчет: OURS, Плательщик: "ООО «УК»", ПолучательСчет: "40702810400000001234", НазначениеПлатежа: "Вывоз мусора" }),
      document({ Номер: "17", Дата: "27.11.2026", Сумма: "100.00", ПлательщикСчет: "40817810000000000003", Плательщик: "Чужой", ПолучательСчет: "40702810400000009999", НазначениеПлатежа: "ЛС 100001" }),
    );
    const { lines, skipped } = parseClientBankExchange(decodeCsv(encodeCp1251(text)), ours);
    expect(skipped).toBe(2);
    expect(lines.map((l) => [l.number, l.date, l.amountKopecks, l.payerName])).toEqual([
      ["15", "2026-11-25", "345000", "Иванова Анна Петровна"],
      ["16", "2026-11-26", "120050", "Петров Сергей"],
    ]);
    expect(lines[0]).toMatchObject({ line: 8, payerAccount: "40817810000000000001", purpose: "Оплата ЖКУ, ЛС 100001" });
  });

  it("reads the demo statement shipped for staff to try", () => {
    const { lines, skipped } = parseClientBankExchange(decodeCsv(readFileSync("public/demo/vypiska-1c-demo.txt")), ours);
    expect(lines).toHaveLength(5);
    expect(skipped).toBe(1);
  });

  it("refuses a broken file with a sentence saying what is wrong", () => {
    expect(() => parseClientBankExchange("Выписка\r\nКонецФайла", ours)).toThrow("файл должен начинаться со строки 1CClientBankExchange");
    expect(() => parseClientBankExchange(statement(["СекцияДокумент=Платежное поручение", "Номер=1"]), ours)).toThrow("не закончен: нет КонецДокумента");
    expect(() => parseClientBankExchange(statement().replace("КонецФайла", ""), ours)).toThrow("нет строки КонецФайла");
    const noAmount = statement(document({ Номер: "1", Дата: "25.11.2026", Сумма: "три", ПолучательСчет: OURS }));
    expect(() => parseClientBankExchange(noAmount, ours)).toThrow(StatementFileError);
    expect(() => parseClientBankExchange(noAmount, ours)).toThrow("Документ со строки 8: неверная сумма «три»");
    expect(() => parseClientBankExchange(statement(document({ Номер: "1", Дата: "31.02.2026", Сумма: "1", ПолучательСчет: OURS })), ours)).toThrow("нет даты или она неверна");
  });
});

describe("payment registry CSV", () => {
  it("finds the columns by a header row and skips the summary line", () => {
    const lines = parsePaymentRegistry(decodeCsv(readFileSync("public/demo/reestr-platezhey-demo.csv")));
    expect(lines.map((l) => [l.date, l.number, l.accountNumber, l.amountKopecks, l.payerName])).toEqual([
      ["2026-11-25", "880011", "100003", "245000", "Орлова Т.В."],
      ["2026-11-25", "880012", "200007", "399990", "Волков И.С."],
      ["2026-11-26", "880013", "999999", "120000", "Неизвестный плательщик"],
    ]);
  });

  it("takes the documented fixed order without a header, and names the line it cannot read", () => {
    const row = "01.12.2026;10:00:00;9038/1;T1;77;100001;Иванов И.И.;ул. Ленина, 5-1;112026;1000,00;10,00";
    expect(parsePaymentRegistry(row)).toEqual([expect.objectContaining({ date: "2026-12-01", number: "77", accountNumber: "100001", amountKopecks: "100000", period: "112026" })]);
    expect(() => parsePaymentRegistry(`${row}\r\n01.12.2026;10:00;1;2;3`)).toThrow("Строка 2: 5 полей");
    expect(() => parsePaymentRegistry(row.replace("1000,00", "1000.005"))).toThrow("Строка 1: неверная сумма «1000.005»");
    expect(() => parsePaymentRegistry("\r\n")).toThrow("Реестр пуст");
  });
});

describe("matching a line to an account", () => {
  it("finds the account in the purpose however the payer wrote it", () => {
    expect(accountsInPurpose("Оплата ЖКУ за 10.2026, ЛС 1234567, Иванова")).toEqual(["1234567"]);
    expect(accountsInPurpose("Квартплата л/с 1234567")).toEqual(["1234567"]);
    expect(accountsInPurpose("по лицевой счет №1234567")).toEqual(["1234567"]);
    expect(accountsInPurpose("лиц. сч. 1234567 за октябрь")).toEqual(["1234567"]);
    expect(accountsInPurpose("Взносы ЕЛС 77АБ000123")).toEqual(["77АБ000123"]);
    expect(accountsInPurpose("ЛС:ЛС-П-1.")).toEqual(["ЛС-П-1"]);
    expect(accountsInPurpose("Оплата за квартиру 12")).toEqual([]);
    expect(accountsInPurpose("Оплата ЖКУ Хлсков")).toEqual([]);
  });

  it("takes a registry's account column first, and no account when the purpose names two known ones", () => {
    const known = new Map([["100001", "a"], ["100002", "b"], ["77АБ000123", "c"]]);
    expect(matchAccount({ accountNumber: "100002", purpose: "ЛС 100001" }, known)).toBe("b");
    expect(matchAccount({ accountNumber: "555", purpose: "ЛС 100001" }, known)).toBeNull();
    expect(matchAccount({ accountNumber: null, purpose: "ЛС 100001 и л/с 100002" }, known)).toBeNull();
    expect(matchAccount({ accountNumber: null, purpose: "ЕЛС 77аб000123" }, known)).toBe("c");
    expect(matchAccount({ accountNumber: null, purpose: "ЛС 999, ЛС 100001" }, known)).toBe("a");
  });

  it("gives the same line the same fingerprint in any later statement, and another line another one", () => {
    const line = { date: "2026-11-25", number: "15", amountKopecks: "345000", payerAccount: "40817810000000000001", accountNumber: null, payerName: "Иванова" };
    expect(lineFingerprint("statement", line)).toBe(lineFingerprint("statement", { ...line, payerName: "Иванова А.П." }));
    expect(lineFingerprint("statement", line)).not.toBe(lineFingerprint("statement", { ...line, amountKopecks: "345001" }));
    expect(lineFingerprint("statement", line)).toMatch(/^statement:[0-9a-f]{40}$/);
  });
});
