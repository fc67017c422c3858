import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "@/lib/core/auth-secret";
import { env } from "@/lib/core/env";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * The 256-bit key for gateway secrets: from PAYMENT_SECRETS_KEY, else from AUTH_SECRET (on a developer's machine
 * the embedded secret kept beside the database), stretched with HKDF under a label of its own so it never equals
 * the key that signs sessions.
 */
function secretsKey(): Buffer {
  const material = env().PAYMENT_SECRETS_KEY ?? authSecret();
  return Buffer.from(hkdfSync("sha256", material, "domkom", "payment-gateway-secrets", 32));
}

/** AES-256-GCM of a gateway secret: «v1:» + base64(iv ‖ tag ‖ ciphertext). */
export function encryptGatewaySecret(plain: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", secretsKey(), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")}`;
}

/** The secret back; throws when the text was changed or encrypted under another key. */
export function decryptGatewaySecret(sealed: string): string {
  const [version, payload] = sealed.split(":");
  if (version !== VERSION || !payload) throw new Error("gateway secret: unknown format");
  const bytes = Buffer.from(payload, "base64");
  const decipher = createDecipheriv("aes-256-gcm", secretsKey(), bytes.subarray(0, IV_BYTES));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
}

/** A sandbox gateway's signing key, sealed: staff have none to give, so it is made when the gateway is. */
export const sealedSandboxSecret = (): string => encryptGatewaySecret(randomBytes(32).toString("base64url"));
