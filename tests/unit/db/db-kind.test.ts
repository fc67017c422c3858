import { describe, expect, it } from "vitest";
import { dbKindFor } from "@/db/client";

describe("database driver choice", () => {
  it("uses the embedded database when no URL is configured", () => {
    expect(dbKindFor(undefined)).toBe("pglite");
  });
  it("uses node-postgres for an ordinary server and the Neon driver for Neon hosts", () => {
    expect(dbKindFor("postgres://postgres@127.0.0.1:5432/domkom")).toBe("postgres");
    expect(dbKindFor("postgresql://u:p@db.internal:5432/x")).toBe("postgres");
    expect(dbKindFor("postgres://u:p@ep-cool-smoke-123456.eu-central-1.aws.neon.tech/neondb?sslmode=require")).toBe("neon");
  });
});
