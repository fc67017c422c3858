/** A checksum-valid 10-digit ИНН built from a number, for tests that register many organisations. */
export function validInn(n: number): string {
  const body = String(500_000_000 + n);
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = weights.reduce((s, w, i) => s + w * Number(body[i]), 0);
  return `${body}${(sum % 11) % 10}`;
}
