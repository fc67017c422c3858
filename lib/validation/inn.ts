import { isDigits, weightedSum } from "./digits";

const WEIGHTS_10 = [2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const WEIGHTS_12_FIRST = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const WEIGHTS_12_SECOND = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;

function controlDigit(value: string, weights: readonly number[]): number {
  return (weightedSum(value, weights) % 11) % 10;
}

/** ИНН юридического лица: 10 digits with one control digit. */
export function isValidLegalInn(value: string): boolean {
  if (!isDigits(value, 10)) return false;
  return controlDigit(value, WEIGHTS_10) === Number(value[9]);
}

/** ИНН физического лица / ИП: 12 digits with two control digits. */
export function isValidPersonalInn(value: string): boolean {
  if (!isDigits(value, 12)) return false;
  return (
    controlDigit(value, WEIGHTS_12_FIRST) === Number(value[10]) &&
    controlDigit(value, WEIGHTS_12_SECOND) === Number(value[11])
  );
}

/** Any ИНН: 10-digit (legal entity) or 12-digit (individual). */
export function isValidInn(value: string): boolean {
  return isValidLegalInn(value) || isValidPersonalInn(value);
}
