import { createHash, randomBytes } from "node:crypto";

const KEY_PREFIX = "dk_";

/** 192 random bits; the visible prefix lets staff tell keys apart without the secret. */
export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = `${KEY_PREFIX}${randomBytes(24).toString("base64url")}`;
  return { key, prefix: key.slice(0, KEY_PREFIX.length + 6), hash: hashApiKey(key) };
}

/** Only this hash is stored: a leaked database does not leak working keys. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}
