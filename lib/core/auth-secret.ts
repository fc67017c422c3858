import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/core/env";

/**
 * AUTH_SECRET from the environment; without one, a random secret kept beside the embedded database so that
 * sessions survive restarts on a developer's machine (env() refuses a production start without it).
 */
export function authSecret(): string {
  const { AUTH_SECRET, DOMKOM_DATA_DIR } = env();
  if (AUTH_SECRET) return AUTH_SECRET;
  const dir = path.dirname(DOMKOM_DATA_DIR);
  const file = path.join(dir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
