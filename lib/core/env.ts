import { z } from "zod";

/** An unset variable and an empty one (`FOO=` in a .env file) both mean "not configured". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const flag = optional(z.enum(["0", "1", "true", "false"], { error: "ожидается 1 или 0" })).transform((v) => v === "1" || v === "true");
const positiveInt = (fallback: number) =>
  optional(z.coerce.number({ error: "ожидается целое число больше 0" }).int().positive()).transform((v) => v ?? fallback);

const origin = z.url({ protocol: /^https?$/, error: "ожидается адрес вида https://crm.example.ru" }).transform((v) => new URL(v).origin);

const envSchema = z
  .object({
    NODE_ENV: optional(z.enum(["development", "production", "test"], { error: "ожидается development, production или test" })).transform(
      (v) => v ?? "development",
    ),
    PORT: positiveInt(3000),
    DATABASE_URL: optional(z.url({ protocol: /^postgres(ql)?$/, error: "ожидается postgres://пользователь@хост/база" })),
    DOMKOM_DATA_DIR: optional(z.string()).transform((v) => v ?? ".data/pglite"),
    DOMKOM_FILES_DIR: optional(z.string()).transform((v) => v ?? ".data/files"),
    DOMKOM_SHOW_OUTBOX: flag,
    AUTH_SECRET: optional(z.string().min(32, "не короче 32 символов (openssl rand -base64 32)")),
    AUTH_URL: optional(origin),
    TRUSTED_PROXY_HOPS: optional(z.coerce.number({ error: "ожидается число прокси перед приложением, от 0 до 10" }).int().min(0).max(10)).transform(
      (v) => v ?? 0,
    ),
    RESEND_API_KEY: optional(z.string()),
    EMAIL_FROM: optional(z.string()).transform((v) => v ?? "Домком <noreply@domkom.local>"),
    INNGEST_EVENT_KEY: optional(z.string()),
    INNGEST_SIGNING_KEY: optional(z.string()),
    INNGEST_DEV: flag,
    SMS_DAILY_LIMIT_PER_ORG: positiveInt(300),
    /** Encrypts gateway secrets at rest; without it a key is derived from AUTH_SECRET (or the embedded secret). */
    PAYMENT_SECRETS_KEY: optional(z.string().min(32, "не короче 32 символов (openssl rand -base64 32)")),
    YOOKASSA_API_URL: optional(z.url({ protocol: /^https?$/, error: "ожидается адрес API, например https://api.yookassa.ru/v3/" })).transform(
      (v) => v ?? "https://api.yookassa.ru/v3/",
    ),
    TBANK_API_URL: optional(z.url({ protocol: /^https?$/, error: "ожидается адрес API, например https://securepay.tinkoff.ru/v2/" })).transform(
      (v) => v ?? "https://securepay.tinkoff.ru/v2/",
    ),
  })
  .superRefine((env, issue) => {
    // A production server sends links (password resets, invitations) that must point at our own site, and signs
    // sessions with a key that must survive restarts; neither can be guessed from a request.
    const production = env.NODE_ENV === "production" && env.DATABASE_URL !== undefined;
    if (production && !env.AUTH_URL) {
      issue.addIssue({ code: "custom", path: ["AUTH_URL"], message: "обязателен в production: публичный адрес сайта, например https://crm.example.ru" });
    }
    if (production && !env.AUTH_SECRET) {
      issue.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "обязателен в production" });
    }
  })
  // Links in emails and SMS start with this and nothing taken from a request (a forged Host would put the
  // attacker's site into a reset email). Without AUTH_URL — a developer's machine — the local server's address.
  .transform((env) => ({ ...env, publicOrigin: env.AUTH_URL ?? `http://localhost:${env.PORT}` }));

export type Env = z.output<typeof envSchema>;

/** Parses a set of variables; throws one error naming every wrong variable, so a start fails with a clear message. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
  throw new Error(`Неверная конфигурация Домкома:\n${lines.join("\n")}`);
}

let cached: Env | undefined;

/** The application's configuration, read from the process environment and checked once. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
