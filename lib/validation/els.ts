// Letters may be Cyrillic or Latin: ГИС ЖКХ issues Cyrillic ones, but users often type look-alike Latin.
const ELS_PATTERN = /^\d{2}[А-ЯA-Z]{2}\d{6}$/;

/** Returns the upper-cased ЕЛС (единый лицевой счёт ГИС ЖКХ) or null when the format is wrong. */
export function normalizeEls(value: string): string | null {
  const upper = value.trim().toUpperCase();
  return ELS_PATTERN.test(upper) ? upper : null;
}

export function isValidEls(value: string): boolean {
  return normalizeEls(value) !== null;
}
