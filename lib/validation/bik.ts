import { isDigits } from "./digits";

/**
 * БИК of a Russian bank: 9 digits starting with the country code "04".
 * Treasury (ТОФК) identifiers starting with "00" are deliberately not accepted:
 * management organisations keep their accounts in commercial banks.
 */
export function isValidBik(value: string): boolean {
  return isDigits(value, 9) && value.startsWith("04");
}

/**
 * Accounts held directly in a Bank of Russia settlement centre (РКЦ) are keyed
 * differently from accounts in commercial banks, so callers need to tell them apart.
 */
export function isCashSettlementCentreBik(bik: string): boolean {
  const tail = bik.slice(6);
  return tail === "000" || tail === "001" || tail === "002";
}

/** Key prepended to a correspondent account (and to РКЦ accounts): "0" + БИК digits 5–6. */
export function bikCorrespondentKey(bik: string): string {
  return `0${bik.slice(4, 6)}`;
}

/** Key prepended to a settlement account in a commercial bank: БИК digits 7–9. */
export function bikSettlementKey(bik: string): string {
  return bik.slice(6, 9);
}
