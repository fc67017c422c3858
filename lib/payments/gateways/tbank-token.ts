import { createHash, timingSafeEqual } from "node:crypto";

/**
 * T-Bank's Token: the root-level scalar fields (no Token, no nested object or array such as Receipt or DATA) plus
 * Password, sorted by key, their values concatenated (booleans as true/false), SHA-256 of the UTF-8, lower-case hex.
 */
export function tbankToken(fields: Record<string, unknown>, password: string): string {
  const scalars: Record<string, string> = { Password: password };
  for (const [key, value] of Object.entries(fields)) {
    if (key === "Token" || value === null || value === undefined || typeof value === "object") continue;
    scalars[key] = String(value);
  }
  const joined = Object.keys(scalars)
    .sort()
    .map((key) => scalars[key])
    .join("");
  return createHash("sha256").update(joined, "utf8").digest("hex");
}

/** Whether a notification's Token is the one its fields and our password make (compared in constant time). */
export function tbankTokenMatches(fields: Record<string, unknown>, password: string): boolean {
  const given = typeof fields.Token === "string" ? Buffer.from(fields.Token.toLowerCase(), "utf8") : null;
  const expected = Buffer.from(tbankToken(fields, password), "utf8");
  return given !== null && given.length === expected.length && timingSafeEqual(given, expected);
}
