import { isDigits } from "./digits";

// Bodies have at most 14 digits, well below Number.MAX_SAFE_INTEGER, so plain numbers stay exact.
function controlDigit(body: string, modulus: number): number {
  return (Number(body) % modulus) % 10;
}

/** ОГРН юридического лица: 13 digits, control = (first 12 mod 11) mod 10. */
export function isValidOgrn(value: string): boolean {
  if (!isDigits(value, 13)) return false;
  return controlDigit(value.slice(0, 12), 11) === Number(value[12]);
}

/** ОГРНИП индивидуального предпринимателя: 15 digits, control = (first 14 mod 13) mod 10. */
export function isValidOgrnip(value: string): boolean {
  if (!isDigits(value, 15)) return false;
  return controlDigit(value.slice(0, 14), 13) === Number(value[14]);
}
