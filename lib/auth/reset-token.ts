import { createHash, randomBytes } from "node:crypto";

export const RESET_TOKEN_TTL_MINUTES = 60;

/** Only the hash is stored, so a leaked database does not hand out working reset links. */
export const hashResetToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function newResetToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashResetToken(token) };
}
