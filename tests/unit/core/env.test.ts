import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/core/env";

const production = { NODE_ENV: "production", DATABASE_URL: "postgres://app@db.internal/domkom", AUTH_SECRET: "x".repeat(32) };

describe("configuration", () => {
  it("runs a fresh clone with no variables at all: embedded database, local origin, no trusted proxy", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env).toMatchObject({
      DOMKOM_DATA_DIR: ".data/pglite",
      TRUSTED_PROXY_HOPS: 0,
      publicOrigin: "http://localhost:3000",
    });
    expect(parseEnv({ PORT: "3101" }).publicOrigin).toBe("http://localhost:3101");
  });

  it("refuses a production start without AUTH_URL, naming the variable", () => {
    expect(() => parseEnv(production)).toThrow(/AUTH_URL: обязателен в production/);
    expect(parseEnv({ ...production, AUTH_URL: "https://crm.example.ru/some/path" }).publicOrigin).toBe("https://crm.example.ru");
  });

  it("names every wrong value at once", () => {
    const error = (() => {
      try {
        parseEnv({ TRUSTED_PROXY_HOPS: "one", AUTH_URL: "crm.example.ru", DATABASE_URL: "mysql://x/y", SMS_DAILY_LIMIT_PER_ORG: "-5" });
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(error).toMatch(/^Неверная конфигурация Домкома:/);
    for (const name of ["TRUSTED_PROXY_HOPS", "AUTH_URL", "DATABASE_URL", "SMS_DAILY_LIMIT_PER_ORG"]) expect(error).toContain(`${name}:`);
    expect(error).toContain("TRUSTED_PROXY_HOPS: ожидается число прокси перед приложением, от 0 до 10");
    expect(error).not.toMatch(/Invalid input/);
  });

  it("treats an empty variable as unset and reads flags", () => {
    const env = parseEnv({ DATABASE_URL: "", DOMKOM_SHOW_OUTBOX: "1", INNGEST_DEV: "0" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env).toMatchObject({ DOMKOM_SHOW_OUTBOX: true, INNGEST_DEV: false });
  });
});
