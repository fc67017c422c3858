import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { requestSignInCode } from "@/lib/residents/otp/request-sign-in-code";
import { TEST_PASSWORD } from "@/tests/support/fixtures";
import { addClient, lastSmsCode, nextTestPhone, orgWithBuilding } from "@/tests/support/resident-fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let handlers: (typeof import("@/auth"))["handlers"];
let director: { email: string };
let orgId: string;

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");

/** Auth.js's own endpoints, as a browser uses them: CSRF token first, then the credentials callback. */
async function signIn(provider: "resident" | "staff", fields: Record<string, string>) {
  const csrf = await handlers.GET(new NextRequest("http://localhost/api/auth/csrf"));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await handlers.POST(
    new NextRequest(`http://localhost/api/auth/callback/${provider}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf) },
      body: new URLSearchParams({ ...fields, csrfToken, callbackUrl: "http://localhost/" }),
    }),
  );
  return { response, cookie: cookiesOf(response) };
}

async function session(cookie: string): Promise<Record<string, unknown>> {
  const response = await handlers.GET(new NextRequest("http://localhost/api/auth/session", { headers: { cookie } }));
  return ((await response.json()) ?? {}) as Record<string, unknown>;
}

beforeAll(async () => {
  if (!process.env.AUTH_SECRET) vi.stubEnv("AUTH_SECRET", "test-secret-for-resident-provider-0123456789");
  t = await createTestDb();
  (globalThis as { domkomDb?: Promise<unknown> }).domkomDb = Promise.resolve(t.db);
  const org = await orgWithBuilding(t.db, "Вход");
  orgId = org.orgId;
  director = org;
  ({ handlers } = await import("@/auth"));
});
afterAll(async () => {
  (globalThis as { domkomDb?: unknown }).domkomDb = undefined;
  vi.unstubAllEnvs();
  await t?.close();
});

describe("the «resident» Auth.js provider", () => {
  it("signs a resident in with the SMS code into a session that carries the phone and no employee", async () => {
    const phone = nextTestPhone();
    await addClient(t.db, orgId, { lastName: "Входов", phone });
    await requestSignInCode(t.db, { phone });
    const { cookie } = await signIn("resident", { phone, code: await lastSmsCode(t.db, phone) });
    expect(cookie).toContain("session-token");
    const s = await session(cookie);
    expect(s.residentPhone).toBe(phone);
    expect(s.employeeId).toBeUndefined();
  });

  it("gives no session for a wrong code", async () => {
    const phone = nextTestPhone();
    await addClient(t.db, orgId, { lastName: "Ошибкин", phone });
    await requestSignInCode(t.db, { phone });
    const code = await lastSmsCode(t.db, phone);
    const { response, cookie } = await signIn("resident", { phone, code: code === "000000" ? "111111" : "000000" });
    expect(cookie).not.toContain("session-token");
    expect(response.headers.get("location")).toContain("code=VALIDATION");
  });

  it("keeps a staff session free of residentPhone", async () => {
    const { cookie } = await signIn("staff", { email: director.email, password: TEST_PASSWORD });
    const s = await session(cookie);
    expect(s.employeeId).toEqual(expect.any(String));
    expect(s.residentPhone).toBeUndefined();
  });
});
