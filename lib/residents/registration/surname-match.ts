/** Surnames compare case-insensitively and with ё = е: receipts and registries spell «Семёнов» both ways. */
export function normalizeSurname(value: string): string {
  return value.trim().toLocaleLowerCase("ru-RU").replace(/ё/g, "е");
}

export const sameSurname = (a: string | null, b: string | null): boolean =>
  a !== null && b !== null && normalizeSurname(a) === normalizeSurname(b);
