import { and, eq, gt, gte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { env } from "./env";
import { AppError } from "./errors";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** At most `max` hits per `windowMs`, counted from the first hit of a window; `refusal` is what the caller reads. */
export type RateLimitRule = { name: string; max: number; windowMs: number; refusal: (wait: string) => string };

const tooMany = (wait: string) => `Слишком много запросов. Повторите через ${wait}`;

/**
 * Every limit the product applies, in one place (the README lists them). Anonymous callers can make us send SMS
 * and email, which cost money and reach third parties: each such action is limited per address, per target
 * (phone, email) and per organisation.
 */
export const limits = {
  /** Wrong passwords for one email from one address: then that address is locked out of that account. */
  staffSignIn: { name: "staff_sign_in", max: 5, windowMs: 15 * MINUTE, refusal: tooMany },
  /** Sign-in attempts from one address over all accounts (a success gives its attempt back). */
  staffSignInIp: { name: "staff_sign_in_ip", max: 30, windowMs: 15 * MINUTE, refusal: tooMany },
  /** Failures on one account from all addresses; reaching it emails the employee once per window. */
  staffSignInAlert: { name: "staff_sign_in_alert", max: 10, windowMs: HOUR, refusal: tooMany },
  /** SMS codes (sign-in and registration) asked for from one address. */
  otpIp: { name: "otp_ip", max: 10, windowMs: HOUR, refusal: (wait) => `Слишком много кодов с этого устройства. Повторите через ${wait}` },
  /** Resident sign-ins (phone + code) tried from one address. */
  residentSignInIp: { name: "resident_sign_in_ip", max: 30, windowMs: 15 * MINUTE, refusal: tooMany },
  /** Codes sent to one phone: one a minute, five an hour. */
  otpPhoneResend: { name: "otp_phone_resend", max: 1, windowMs: MINUTE, refusal: (wait) => `Новый код можно запросить через ${wait}` },
  otpPhoneHour: {
    name: "otp_phone_hour",
    max: 5,
    windowMs: HOUR,
    refusal: (wait) => `Слишком много кодов за час. Новый код можно запросить через ${wait}`,
  },
  /** Registration codes for one organisation: registration is open to any phone, so strangers cost that organisation. */
  registrationOrg: { name: "registration_org", max: 30, windowMs: HOUR, refusal: tooMany },
  /** The daily SMS ceiling of an organisation (SMS_DAILY_LIMIT_PER_ORG). */
  get smsOrgDay(): RateLimitRule {
    return {
      name: "sms_org_day",
      max: env().SMS_DAILY_LIMIT_PER_ORG,
      windowMs: DAY,
      refusal: (wait) => `Организация исчерпала дневной лимит SMS. Повторите через ${wait}`,
    };
  },
  /** Password-reset requests from one address, for one email, for one organisation's employees. */
  resetIp: { name: "reset_ip", max: 5, windowMs: HOUR, refusal: tooMany },
  resetEmail: { name: "reset_email", max: 3, windowMs: HOUR, refusal: tooMany },
  resetOrg: { name: "reset_org", max: 30, windowMs: HOUR, refusal: tooMany },
  /** Organisation sign-ups from one address, and to one email (each sends a password). */
  signupIp: { name: "signup_ip", max: 5, windowMs: HOUR, refusal: (wait) => `Слишком много регистраций с этого адреса. Повторите через ${wait}` },
  signupEmail: { name: "signup_email", max: 3, windowMs: DAY, refusal: tooMany },
} satisfies Record<string, RateLimitRule>;

/** «45 с», «12 мин 5 с»: how long to wait, in words read at a glance. */
export function formatWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds} с`;
  const rest = seconds % 60;
  return rest ? `${Math.floor(seconds / 60)} мин ${rest} с` : `${seconds / 60} мин`;
}

const keyOf = (rule: RateLimitRule, subject: string | null | undefined) => `${rule.name}:${subject ?? "unknown"}`;

export type RateLimitHit = { allowed: boolean; hits: number; resetAt: Date };

/**
 * Takes one hit of `rule` for `subject` (an address, phone, email or organisation id; a missing address shares one
 * "unknown" bucket). One statement decides and increments: it starts a new window when the old one has ended and
 * otherwise adds a hit only while under the maximum, so parallel requests cannot all slip under the limit.
 */
export async function hitRateLimit(db: Db, rule: RateLimitRule, subject: string | null | undefined, now = new Date()): Promise<RateLimitHit> {
  const key = keyOf(rule, subject);
  const nowSql = sql`${now.toISOString()}::timestamptz`;
  const expired = sql`${rateLimits.resetAt} <= ${nowSql}`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key, hits: 1, resetAt: new Date(now.getTime() + rule.windowMs) })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        hits: sql`case when ${expired} then 1 else ${rateLimits.hits} + 1 end`,
        resetAt: sql`case when ${expired} then excluded.reset_at else ${rateLimits.resetAt} end`,
      },
      setWhere: sql`${expired} or ${rateLimits.hits} < ${rule.max}`,
    })
    .returning({ hits: rateLimits.hits, resetAt: rateLimits.resetAt });
  if (row) return { allowed: true, ...row };
  const [current] = await db.select({ hits: rateLimits.hits, resetAt: rateLimits.resetAt }).from(rateLimits).where(eq(rateLimits.key, key));
  return { allowed: false, hits: current?.hits ?? rule.max, resetAt: current?.resetAt ?? now };
}

/** Takes a hit or refuses with the rule's message and the time left (429). */
export async function enforceRateLimit(db: Db, rule: RateLimitRule, subject: string | null | undefined, now = new Date()): Promise<void> {
  const hit = await hitRateLimit(db, rule, subject, now);
  if (!hit.allowed) throw new AppError("RATE_LIMITED", rule.refusal(formatWait(hit.resetAt.getTime() - now.getTime())));
}

/** Gives one hit back (an attempt that turned out legitimate). */
export async function refundRateLimit(db: Db, rule: RateLimitRule, subject: string | null | undefined): Promise<void> {
  await db
    .update(rateLimits)
    .set({ hits: sql`greatest(${rateLimits.hits} - 1, 0)` })
    .where(eq(rateLimits.key, keyOf(rule, subject)));
}

/** Forgets a counter (a successful sign-in, a new password, staff unlocking an account). */
export async function clearRateLimit(db: Db, rule: RateLimitRule, subject: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, keyOf(rule, subject)));
}

const startsWith = (rule: RateLimitRule, subjectPrefix: string) => sql`starts_with(${rateLimits.key}, ${keyOf(rule, subjectPrefix)})`;

/** The counters of `rule` whose subject starts with `subjectPrefix` that are full right now, and when each ends. */
export async function fullRateLimits(db: Db, rule: RateLimitRule, subjectPrefix: string, now = new Date()) {
  const rows = await db
    .select({ key: rateLimits.key, resetAt: rateLimits.resetAt })
    .from(rateLimits)
    .where(and(startsWith(rule, subjectPrefix), gte(rateLimits.hits, rule.max), gt(rateLimits.resetAt, now)));
  return rows.map((r) => ({ subject: r.key.slice(rule.name.length + 1), resetAt: r.resetAt }));
}

/** Forgets every counter of `rule` whose subject starts with `subjectPrefix`. */
export async function clearRateLimits(db: Db, rule: RateLimitRule, subjectPrefix: string): Promise<void> {
  await db.delete(rateLimits).where(startsWith(rule, subjectPrefix));
}
