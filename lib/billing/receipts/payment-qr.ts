import QRCode from "qrcode";

/**
 * The payment QR of a receipt (ГОСТ Р 56042-2014, DOMAIN.md): `ST00012|` (format 0001, UTF-8, «|» as separator) and
 * `Key=Value` pairs. The five required keys go first and in the standard's order — some bank apps reject any other —
 * then the optional ones we fill. A value never contains the separator (it is replaced by «/», the way a person would
 * write «ТСЖ "Дом 5/7"»), and each value is cut to the length the standard allows, so the payload is always readable.
 */

const HEADER = "ST00012|";
const SEPARATOR = "|";

export type PaymentQrInput = {
  /** The payee's name, ≤ 160. */
  name: string;
  /** The payee's settlement account, 20 digits. */
  personalAcc: string;
  bankName: string;
  bic: string;
  correspAcc: string;
  payeeInn?: string | null;
  kpp?: string | null;
  /** The amount due in kopecks; a debt of zero or less leaves Sum out, so the payer types the amount. */
  sumKopecks?: bigint | null;
  purpose?: string | null;
  /** The payer's account number with the provider. */
  persAcc?: string | null;
  /** Billing month `YYYY-MM`; written as MMYYYY. */
  period?: string | null;
  lastName?: string | null;
  firstName?: string | null;
  middleName?: string | null;
  payerAddress?: string | null;
};

/** The key order of the payload and each key's limit (ГОСТ Р 56042-2014, табл. 1–2); digits-only keys keep digits. */
const fields = [
  ["Name", 160, "text"],
  ["PersonalAcc", 20, "digits"],
  ["BankName", 45, "text"],
  ["BIC", 9, "digits"],
  ["CorrespAcc", 20, "digits"],
  ["PayeeINN", 12, "digits"],
  ["KPP", 9, "digits"],
  ["Sum", 18, "digits"],
  ["Purpose", 210, "text"],
  ["PersAcc", 30, "text"],
  ["PaymPeriod", 6, "digits"],
  ["LastName", 60, "text"],
  ["FirstName", 60, "text"],
  ["MiddleName", 60, "text"],
  ["PayerAddress", 210, "text"],
  ["TechCode", 2, "digits"],
] as const;

type FieldKey = (typeof fields)[number][0];

const REQUIRED: readonly FieldKey[] = ["Name", "PersonalAcc", "BankName", "BIC", "CorrespAcc"];

/** The value as the payload may carry it: one line, no separator, no padding, cut to the limit. */
function clean(value: string, limit: number, kind: "text" | "digits"): string {
  const text = kind === "digits" ? value.replace(/\D/g, "") : value.replaceAll(SEPARATOR, "/").replace(/\s+/g, " ").trim();
  return text.slice(0, limit);
}

/** «2026-03» → «032026». */
const paymPeriod = (period: string) => `${period.slice(5, 7)}${period.slice(0, 4)}`;

/** «Оплата ЖКУ за 03.2026, ЛС 1234567», the purpose a bank shows the payer. */
export const paymentPurpose = (what: string, period: string, accountNumber: string) =>
  `Оплата ${what} за ${period.slice(5, 7)}.${period.slice(0, 4)}, ЛС ${accountNumber}`;

export function buildPaymentQr(input: PaymentQrInput): string {
  const values: Record<FieldKey, string | null | undefined> = {
    Name: input.name,
    PersonalAcc: input.personalAcc,
    BankName: input.bankName,
    BIC: input.bic,
    CorrespAcc: input.correspAcc,
    PayeeINN: input.payeeInn,
    KPP: input.kpp,
    Sum: input.sumKopecks != null && input.sumKopecks > 0n ? input.sumKopecks.toString() : null,
    Purpose: input.purpose,
    PersAcc: input.persAcc,
    PaymPeriod: input.period ? paymPeriod(input.period) : null,
    LastName: input.lastName,
    FirstName: input.firstName,
    MiddleName: input.middleName,
    PayerAddress: input.payerAddress,
    TechCode: "02",
  };
  const pairs: string[] = [];
  for (const [key, limit, kind] of fields) {
    const value = clean(values[key] ?? "", limit, kind);
    if (!value && REQUIRED.includes(key)) throw new Error(`payment QR: ${key} is required`);
    if (value) pairs.push(`${key}=${value}`);
  }
  return HEADER + pairs.join(SEPARATOR);
}

/**
 * A payload read back, keys lower-cased (real receipts write `persAcc`, `paymPeriod`): for tests and for scanning a
 * paper receipt's QR. Null when the text is not a ST0001x payload.
 */
export function parsePaymentQr(text: string): Map<string, string> | null {
  const match = /^ST0001[123](.)/.exec(text);
  if (!match) return null;
  const separator = match[1] as string;
  const result = new Map<string, string>();
  for (const pair of text.slice(match[0].length).split(separator)) {
    const at = pair.indexOf("=");
    if (at > 0) result.set(pair.slice(0, at).toLowerCase(), pair.slice(at + 1));
  }
  return result;
}

/**
 * How the payload becomes a QR: error correction M (15 %) survives a creased or smudged print; the payload goes in
 * as bytes, so the Cyrillic is UTF-8 as the header's «2» promises.
 */
export const qrOptions = { errorCorrectionLevel: "M" } as const;
export const qrSegments = (payload: string) => [{ data: Buffer.from(payload, "utf8"), mode: "byte" as const }];

/** Modules of white border the standard asks around a QR, so a camera finds its edge. */
export const QR_QUIET_ZONE = 4;

/**
 * The QR as one vector path of its dark modules (a run of them per row is one rectangle), in module units with the
 * quiet zone included. A PDF draws it crisp at any print size, and it costs the renderer one path instead of decoding
 * a PNG on every receipt.
 */
export function paymentQrPath(payload: string): { size: number; path: string } {
  const { modules } = QRCode.create(qrSegments(payload), qrOptions);
  const parts: string[] = [];
  for (let y = 0; y < modules.size; y++) {
    let x = 0;
    while (x < modules.size) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      const from = x;
      while (x < modules.size && modules.get(y, x)) x++;
      parts.push(`M${from + QR_QUIET_ZONE} ${y + QR_QUIET_ZONE}h${x - from}v1h${from - x}z`);
    }
  }
  return { size: modules.size + 2 * QR_QUIET_ZONE, path: parts.join("") };
}
