import { randomBytes, randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// Kept with the form schemas, which the browser imports; this module (argon2) is server-only.
export { MIN_PASSWORD_LENGTH } from "./password-schema";

// OWASP's argon2id baseline (19 MiB, 2 passes): strong enough, and fast enough for a login form on 2 cores.
// `algorithm: 2` is Argon2id; the package exports it as a const enum, which isolatedModules cannot read.
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, options);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against an account's hash, or — when there is no such account — against a hash of a random
 * secret made with the same options, so that an unknown email takes as long to refuse as a wrong password.
 */
export async function verifyPasswordOrNothing(passwordHash: string | undefined, password: string): Promise<boolean> {
  dummyHash ??= hashPassword(randomBytes(32).toString("base64url"));
  const matches = await verifyPassword(passwordHash ?? (await dummyHash), password);
  return matches && passwordHash !== undefined;
}

/** A readable one-time password for emails: no characters that look alike (0/O, 1/l/I). */
export function generatePassword(length = 12): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  return Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join("");
}
