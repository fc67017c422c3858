import { bikCorrespondentKey, bikSettlementKey, isCashSettlementCentreBik, isValidBik } from "./bik";
import { isDigits } from "./digits";

const ACCOUNT_WEIGHTS = [7, 1, 3] as const;

/** Bank of Russia account key check: 3-digit key + 20-digit account, weights 7,1,3, sum ≡ 0 (mod 10). */
function hasValidControlKey(key: string, account: string): boolean {
  const digits = key + account;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    sum += Number(digits[i]) * ACCOUNT_WEIGHTS[i % 3]!;
  }
  return sum % 10 === 0;
}

/** Account number shape only: 20 digits. */
export function isBankAccountFormat(account: string): boolean {
  return isDigits(account, 20);
}

/** Расчётный счёт checked against the БИК of the bank that holds it. */
export function isValidSettlementAccount(account: string, bik: string): boolean {
  if (!isBankAccountFormat(account) || !isValidBik(bik)) return false;
  if (hasValidControlKey(bikSettlementKey(bik), account)) return true;
  // For accounts opened directly in a РКЦ the regulation keys by "0" + digits 5–6 instead;
  // accepting that key only for РКЦ БИКs avoids rejecting genuine details of such clients.
  return isCashSettlementCentreBik(bik) && hasValidControlKey(bikCorrespondentKey(bik), account);
}

/** Корреспондентский счёт checked against the БИК of the bank it belongs to. */
export function isValidCorrespondentAccount(account: string, bik: string): boolean {
  if (!isBankAccountFormat(account) || !isValidBik(bik)) return false;
  return hasValidControlKey(bikCorrespondentKey(bik), account);
}
