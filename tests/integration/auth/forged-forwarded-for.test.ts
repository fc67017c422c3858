import http from "node:http";
import type { AddressInfo } from "node:net";
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, organisations } from "@/db/schema";
import { authenticateStaff } from "@/lib/auth/authenticate-staff";
import { clientIp, installSocketAddressHeader } from "@/lib/core/client-ip";
import { AppError } from "@/lib/core/errors";
import { assertSignupRateLimit } from "@/lib/org/assert-signup-rate-limit";
import { addEmployee, createOrg, TEST_PASSWORD, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

/**
 * A real HTTP server with the hook instrumentation.ts installs, whose handlers take the caller's address from
 * clientIp() as the app's entry points do, with TRUSTED_PROXY_HOPS at its default 0. The test client connects from
 * 127.0.0.1 and claims another address in X-Forwarded-For.
 */
let t: TestDb;
let org: OrgFixture;
let server: http.Server;
let base: string;

const handlers: Record<string, (ip: string | null, body: Record<string, string>) => Promise<unknown>> = {
  "/sign-in": (ip, body) => authenticateStaff(t.db, { email: body.email ?? "", password: body.password ?? "", ip }),
  "/sign-up": async (ip, body) => {
    try {
      await assertSignupRateLimit(t.db, { ip, email: body.email ?? "" });
      return { ok: true };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, code: error.code };
      throw error;
    }
  },
};

beforeAll(async () => {
  t = await createTestDb();
  org = await createOrg(t.db, "Прокси");
  class AppServer extends http.Server {}
  installSocketAddressHeader([AppServer.prototype]);
  server = new AppServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers(Object.entries(req.headers).map(([k, v]): [string, string] => [k, String(v)]));
    const result = await handlers[req.url ?? ""]!(clientIp(headers), JSON.parse(Buffer.concat(chunks).toString() || "{}"));
    res.setHeader("content-type", "application/json").end(JSON.stringify(result));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await t?.close();
});

const post = async (path: string, body: object, forwardedFor: string) => {
  const response = await fetch(base + path, { method: "POST", body: JSON.stringify(body), headers: { "x-forwarded-for": forwardedFor } });
  return (await response.json()) as Record<string, unknown>;
};

describe("a forged X-Forwarded-For", () => {
  it("does not get an employee past the staff IP allow-list, and the audit row records the real address", async () => {
    const email = "proxy-office@test.local";
    const { id } = await addEmployee(t.db, org, { email, preset: "dispatcher" });
    await t.db.update(organisations).set({ staffIpAllowlist: ["192.0.2.0/24"] }).where(eq(organisations.id, org.orgId));
    expect(await post("/sign-in", { email, password: TEST_PASSWORD }, "192.0.2.10")).toMatchObject({ ok: false, reason: "ip_denied" });
    const [row] = await t.db
      .select({ ip: auditLog.ip })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, "auth.ip_denied")))
      .orderBy(desc(auditLog.createdAt));
    expect(row?.ip).toBe("127.0.0.1");
  });

  it("does not give a new sign-up allowance to each claimed address", async () => {
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await post("/sign-up", { email: `boss-${i}@example.ru` }, `198.51.100.${i + 1}`));
    expect(answers.slice(0, 5).every((a) => a.ok === true)).toBe(true);
    expect(answers[5]).toMatchObject({ ok: false, code: "RATE_LIMITED" });
  });
});
