import { createHash, randomInt, timingSafeEqual } from "node:crypto";
import { otpPolicy } from "./otp-policy";

export function generateOtpCode(): string {
  return String(randomInt(0, 10 ** otpPolicy.digits)).padStart(otpPolicy.digits, "0");
}

/** Salted with the phone so that one leaked hash table cannot be matched against all numbers at once. */
export function hashOtpCode(phone: string, code: string): string {
  return createHash("sha256").update(`${phone}:${code}`).digest("hex");
}

export function otpCodeMatches(phone: string, code: string, storedHash: string): boolean {
  const given = Buffer.from(hashOtpCode(phone, code), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}
