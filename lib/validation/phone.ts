import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

// Russian national numbers (ABC/DEF codes) start with 3, 4, 8 or 9; +7 6xx/7xx belong to Kazakhstan.
const NATIONAL_NUMBER = /^[3489]\d{9}$/;
// Only what people actually type around phone digits; anything else (letters, "доб.") is rejected.
const ALLOWED_CHARACTERS = /^\+?[\d\s()\-.]+$/;

/**
 * Normalises a Russian phone number to E.164 "+7XXXXXXXXXX".
 * Accepts "+7 (912) 345-67-89", "8 912 345 67 89", "89123456789", "9123456789".
 * Returns null for foreign numbers, wrong lengths and non-phone text.
 */
export function normalizePhone(input: string): string | null {
  const trimmed = input.trim();
  if (!ALLOWED_CHARACTERS.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, "");
  let national: string;
  if (trimmed.startsWith("+")) {
    // An explicit "+" means an international number: only country code 7 is ours.
    if (digits.length !== 11 || !digits.startsWith("7")) return null;
    national = digits.slice(1);
  } else if (digits.length === 11 && (digits.startsWith("8") || digits.startsWith("7"))) {
    national = digits.slice(1);
  } else if (digits.length === 10) {
    national = digits;
  } else {
    return null;
  }
  return NATIONAL_NUMBER.test(national) ? `+7${national}` : null;
}

/**
 * Normalises a phone number of any country to E.164 with libphonenumber-js (its metadata is Google's, kept current
 * by the package): "+49 30 901820" → "+4930901820", "+1 (212) 555-0100" → "+12125550100". A number written without
 * a country code is read as `defaultCountry`'s, so "8 912 345-67-89" is still "+79123456789". Returns null for
 * what is not a valid number of its country, and for text around the digits (letters, «доб.»).
 * Residents' SMS sign-in keeps `normalizePhone`: codes are sent to Russian numbers only.
 */
export function normalizeAnyPhone(input: string, defaultCountry: CountryCode = "RU"): string | null {
  const trimmed = input.trim();
  if (!ALLOWED_CHARACTERS.test(trimmed)) return null;
  const parsed = parsePhoneNumberFromString(trimmed, defaultCountry);
  return parsed?.isValid() ? parsed.number : null;
}

/**
 * Digits to use in `LIKE '%…%'` against stored E.164 numbers, from a fragment typed in any format.
 *
 * Rule: keep only digits, then drop a leading "7"/"8" when it is the country code or trunk prefix:
 * - after an explicit "+7" (the plus marks the start of the number unambiguously);
 * - when the fragment is a whole 11-digit number starting with 7 or 8;
 * - when the fragment has at least 4 digits and the next digit can start a Russian
 *   national number (3, 4, 8, 9): "8912" → "912", "8812" → "812", while "8123" (СПб 812-3…)
 *   and "345-67" → "34567" stay as typed.
 * Dropping a leading digit only widens the match (the rest is a substring of the original),
 * so a wrong guess costs precision, never a missed number. Shorter fragments are kept literal
 * because stripping would leave one or two digits that match almost everything.
 * May return "" (e.g. for "+7"); callers should treat that as "no phone filter".
 */
export function phoneSearchDigits(input: string): string {
  const trimmed = input.trim();
  const digits = trimmed.replace(/\D/g, "");
  if (trimmed.startsWith("+")) {
    return digits.startsWith("7") ? digits.slice(1) : digits;
  }
  const first = digits[0];
  if (first !== "7" && first !== "8") return digits;
  if (digits.length === 11) return digits.slice(1);
  if (digits.length >= 4 && digits.length < 11 && /^[3489]$/.test(digits[1] ?? "")) {
    return digits.slice(1);
  }
  return digits;
}
