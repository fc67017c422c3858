import { isDigits, weightedSum } from "./digits";

const SNILS_WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, 1] as const;
// The Pension Fund started computing control numbers only after 001-001-998.
const LAST_UNCHECKED_NUMBER = 1_001_998;

/**
 * Strips the usual "123-456-789 64" separators and returns the 11 digits,
 * or null when anything other than digits, spaces and dashes is present or the length is wrong.
 */
export function normalizeSnils(value: string): string | null {
  if (!/^[\d\s-]+$/.test(value)) return null;
  const digits = value.replace(/[\s-]/g, "");
  return isDigits(digits, 11) ? digits : null;
}

export function snilsControlNumber(firstNine: string): number {
  const sum = weightedSum(firstNine, SNILS_WEIGHTS);
  if (sum < 100) return sum;
  if (sum <= 101) return 0;
  const rest = sum % 101;
  return rest === 100 ? 0 : rest;
}

/** СНИЛС in any common spelling ("11223344595", "112-233-445 95"). */
export function isValidSnils(value: string): boolean {
  const digits = normalizeSnils(value);
  if (digits === null) return false;
  const body = digits.slice(0, 9);
  if (Number(body) <= LAST_UNCHECKED_NUMBER) return true;
  return snilsControlNumber(body) === Number(digits.slice(9));
}

/** Canonical display form "123-456-789 64". */
export function formatSnils(digits: string): string {
  return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${digits.slice(9, 11)}`;
}
