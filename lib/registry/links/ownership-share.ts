/**
 * Ownership shares as written on title deeds: "1", "1/2", "0.25" (or "0,25"). Returns the share as a number in
 * (0, 1], or null when the text is not a share.
 */
export function parseShare(text: string): number | null {
  const compact = text.replace(/\s+/g, "").replace(",", ".");
  const fraction = /^(\d{1,9})\/(\d{1,9})$/.exec(compact);
  const value = fraction ? Number(fraction[1]) / Number(fraction[2]) : /^\d{1,9}(\.\d{1,9})?$/.test(compact) ? Number(compact) : NaN;
  return Number.isFinite(value) && value > 0 && value <= 1 ? value : null;
}

/** "0,25" → "0.25", "1 / 2" → "1/2": one spelling per share. */
export const normalizeShare = (text: string) => text.replace(/\s+/g, "").replace(",", ".");

/**
 * A warning (not an error: deeds are sometimes entered one by one) when the owners' shares add up to more than the
 * whole premise.
 */
export function shareTotalWarning(shares: readonly (string | null)[]): string | null {
  const total = shares.reduce((sum, share) => sum + (share ? (parseShare(share) ?? 0) : 0), 0);
  if (total <= 1 + 1e-9) return null;
  return `Сумма долей собственников — ${total.toLocaleString("ru-RU", { maximumFractionDigits: 4 })}, это больше единицы. Проверьте доли.`;
}
