/** How one-time codes behave (issue #3: 6 digits, 5 minutes, limited attempts and resends). */
export const otpPolicy = {
  digits: 6,
  ttlMs: 5 * 60_000,
  maxAttempts: 5,
  resendAfterMs: 60_000,
  maxPerHour: 5,
} as const;

export type OtpPurpose = "sign_in" | "registration";

/** «45 с», «12 мин 5 с»: how long to wait, in words a resident reads at a glance. */
export function formatWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds} с`;
  const rest = seconds % 60;
  return rest ? `${Math.floor(seconds / 60)} мин ${rest} с` : `${seconds / 60} мин`;
}
