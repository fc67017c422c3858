import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { employees } from "@/db/schema";
import { setLogSink, type LogLine } from "@/lib/core/log";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

const session: { value: { employeeId?: string; sessionVersion?: number } | null } = { value: null };
vi.mock("@/auth", () => ({ auth: async () => session.value }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "127.0.0.1" }) }));

const { entry, requirePermission, signedInStaff } = await import("@/app/_server/entry");
const { staffAction } = await import("@/app/_server/staff-action");
const { staffRoute } = await import("@/app/_server/staff-route");

let t: TestDb;
let a: OrgFixture;
let lines: LogLine[];
let previousSink: ReturnType<typeof setLogSink>;

beforeAll(async () => {
  t = await createTestDb();
  (globalThis as { domkomDb?: Promise<unknown> }).domkomDb = Promise.resolve(t.db);
  a = await createOrg(t.db, "Альфа");
  const [row] = await t.db.select({ v: employees.sessionVersion }).from(employees).where(eq(employees.id, a.directorId));
  session.value = { employeeId: a.directorId, sessionVersion: row!.v };
  lines = [];
  previousSink = setLogSink((line) => lines.push(line));
});
afterAll(async () => {
  setLogSink(previousSink);
  (globalThis as { domkomDb?: unknown }).domkomDb = undefined;
  await t?.close();
});

const broken = async (): Promise<never> => {
  throw new TypeError("db pool exhausted");
};

describe("the entry-point kit", () => {
  it("answers a server fault in an action with 500's code, a Russian message and the id of its log line", async () => {
    const action = staffAction(null, z.object({}), broken);
    const result = await action({});
    expect(result).toMatchObject({ ok: false, code: "INTERNAL" });
    const { errorId, message } = result as { errorId: string; message: string };
    expect(message).toContain(errorId);
    expect(message).not.toContain("pool");
    expect(lines.find((l) => l.errorId === errorId)).toMatchObject({ level: "error", event: "unhandled_error" });
  });

  it("answers a server fault in a route with HTTP 500 and the error id, not 400", async () => {
    const response = await staffRoute(null, broken)(new Request("http://localhost/crm/x/export"));
    expect(response.status).toBe(500);
    const body = (await response.json()) as { code: string; errorId: string; error: string };
    expect(body.code).toBe("INTERNAL");
    expect(body.error).toContain(body.errorId);
    expect(lines.some((l) => l.errorId === body.errorId)).toBe(true);
  });

  it("removes control characters from an action's input before the schema sees it", async () => {
    const action = staffAction(null, z.object({ name: z.string().min(1), tags: z.array(z.string()) }), async (_, input) => input);
    expect(await action({ name: "До\u0000м", tags: ["a\u0007"] })).toEqual({ ok: true, data: { name: "Дом", tags: ["a"] } });
    expect(await action({ name: "\u0000", tags: [] })).toMatchObject({ ok: false, code: "VALIDATION" });
  });

  it("resolves the caller before parsing, so a refused caller learns nothing about valid input", async () => {
    const action = entry.use(signedInStaff).use(requirePermission("finance.invoices.edit")).input(z.object({ n: z.number() })).action(async () => 1);
    const director = session.value;
    session.value = null;
    try {
      expect(await action({ n: "not a number" } as never)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    } finally {
      session.value = director;
    }
    expect(await action({ n: 1 })).toEqual({ ok: true, data: 1 });
  });
});
