/**
 * Account numbers a payer wrote in the purpose: «ЛС 1234567», «л/с 1234567», «лицевой счет № 1234567»,
 * «лиц. сч. 1234567», «ЕЛС 77АБ000123». Each candidate is checked against the organisation's accounts.
 */
const MARKER = /(?:^|[^\p{L}])(?:е?лс|л\s*\/\s*с|лиц(?:евой|\.)?\s*сч(?:[её]т(?:у|а)?|\.)?|единый\s+лицевой\s+сч[её]т)\s*(?:№|#|n|no)?\s*[:.]?\s*([0-9\p{L}][0-9\p{L}\-]{2,24})/giu;

export function accountsInPurpose(purpose: string | null): string[] {
  if (!purpose) return [];
  return [...new Set([...purpose.matchAll(MARKER)].map((m) => m[1]!.replace(/[-.]+$/, "")))];
}

/** The one account a line names: a registry's column first, else the purpose's candidates; several → none. */
export function matchAccount<T>(line: { accountNumber: string | null; purpose: string | null }, byNumber: ReadonlyMap<string, T>): T | null {
  const lookup = (n: string) => byNumber.get(n) ?? byNumber.get(n.toUpperCase());
  if (line.accountNumber) return lookup(line.accountNumber) ?? null;
  const found = [...new Set(accountsInPurpose(line.purpose).flatMap((n) => lookup(n) ?? []))];
  return found.length === 1 ? found[0]! : null;
}
