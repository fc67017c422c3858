// Positions 5–6 (the reason code) may contain Latin capitals since 2013, hence not digits-only.
const KPP_PATTERN = /^\d{4}[\dA-Z]{2}\d{3}$/;

/** КПП has no check digit, so only the format can be verified. */
export function isValidKpp(value: string): boolean {
  return KPP_PATTERN.test(value);
}
