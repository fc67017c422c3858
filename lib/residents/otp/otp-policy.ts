/** How one-time codes behave: 6 digits, 5 minutes, limited attempts (how often they are sent: lib/core/rate-limit). */
export const otpPolicy = {
  digits: 6,
  ttlMs: 5 * 60_000,
  maxAttempts: 5,
} as const;

export type OtpPurpose = "sign_in" | "registration";
