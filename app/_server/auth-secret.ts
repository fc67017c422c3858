import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * AUTH_SECRET from the environment; in embedded mode without one, a random secret kept under .data so that
 * sessions survive restarts on a developer's machine. Production (DATABASE_URL set) must configure it.
 */
export function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (process.env.DATABASE_URL && process.env.NODE_ENV === "production" && !process.env.CI) {
    throw new Error("AUTH_SECRET is required when DATABASE_URL is set");
  }
  const dir = process.env.DOMKOM_DATA_DIR ? path.dirname(process.env.DOMKOM_DATA_DIR) : ".data";
  const file = path.join(dir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
