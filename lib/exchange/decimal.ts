// Spaces of every kind Excel and 1C put between thousands: ordinary, no-break, narrow no-break.
const GROUP_SEPARATORS = /[\s\u00a0\u202f]/g;
const DECIMAL = /^([+-]?)(\d+)(?:[.,](\d+))?$/;

/**
 * A decimal written by a person or an accounting program ("1 234,56", "-100.5", "45") as an integer scaled by
 * 10^scale, parsed from the text so no float rounding can creep in. Null when the text is not such a number or
 * has more fractional digits than `scale`.
 */
export function parseScaledDecimal(text: string, scale: number): bigint | null {
  const match = DECIMAL.exec(text.trim().replace(GROUP_SEPARATORS, ""));
  if (!match) return null;
  const [, sign = "", whole = "", fraction = ""] = match;
  if (fraction.length > scale) return null;
  const value = BigInt(whole + fraction.padEnd(scale, "0"));
  return sign === "-" ? -value : value;
}

/** The other way: an integer scaled by 10^scale as the text a numeric column takes (12345, 2 → "123.45"). */
export function formatScaledDecimal(value: bigint, scale: number): string {
  const digits = (value < 0n ? -value : value).toString().padStart(scale + 1, "0");
  return `${value < 0n ? "-" : ""}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/** Roubles and kopecks as written in a file → integer kopecks. */
export const parseKopecks = (text: string): bigint | null => parseScaledDecimal(text, 2);

const rub = new Intl.NumberFormat("ru-RU", { style: "currency", currency: "RUB" });

/** Kopecks for people: «1 234,56 ₽». Number() is exact for any balance below 90 trillion roubles. */
export const formatRoubles = (kopecks: bigint): string => rub.format(Number(kopecks) / 100);
