import { readdirSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { employees } from "@/db/schema";
import { addEmployee, createOrg } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { seedTenantData } from "@/tests/support/tenant-data";
import type { EntryCases, Fixture, RouteCase } from "./case-types";
import { discoverEntryPoints, loadTarget } from "./discover";
import { orgSnapshot } from "./org-snapshot";
import { currentSession, RedirectSignal } from "./session-mock";

vi.mock("@/auth", async () => {
  const { currentSession } = await import("./session-mock");
  const { RedirectSignal } = await import("./session-mock");
  return {
    auth: async () => currentSession.value,
    // The real credential check, minus Auth.js's cookie handling.
    signIn: async (provider: string, input: { email: string; password: string }) => {
      if (provider === "resident") {
        const { authorizeResident } = await import("@/app/_server/resident-sign-in");
        return void (await authorizeResident(input, new Headers()));
      }
      const { getDb } = await import("@/app/_server/db");
      const { authenticateStaff } = await import("@/lib/auth/authenticate-staff");
      const { StaffSignInError } = await import("@/app/_server/staff-sign-in-error");
      const result = await authenticateStaff(await getDb(), input);
      if (!result.ok) throw new StaffSignInError(result.reason);
    },
    signOut: async (opts?: { redirectTo?: string }) => {
      throw new RedirectSignal(opts?.redirectTo ?? "/");
    },
    handlers: { GET: async () => new Response(null, { status: 404 }), POST: async () => new Response(null, { status: 404 }) },
  };
});
vi.mock("next/headers", async () => {
  const { SOCKET_ADDRESS_HEADER, socketAddressStamp } = await import("@/lib/core/client-ip");
  return {
    headers: async () => new Headers({ [SOCKET_ADDRESS_HEADER]: socketAddressStamp("127.0.0.1") }),
    cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/navigation", async () => {
  const { RedirectSignal } = await import("./session-mock");
  return {
    redirect: (url: string) => {
      throw new RedirectSignal(url);
    },
    notFound: () => {
      throw new RedirectSignal("404");
    },
    forbidden: () => {
      throw new RedirectSignal("403");
    },
    // The kit lets Next's own control-flow errors through; here those are RedirectSignals.
    unstable_rethrow: (error: unknown) => {
      if (error instanceof RedirectSignal) throw error;
    },
  };
});

/** Every file in cases/ contributes the cases for its area. */
async function loadCases(): Promise<Required<EntryCases>> {
  const dir = path.join(import.meta.dirname, "cases");
  const all: Required<EntryCases> = { actions: [], routes: [] };
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts")).sort()) {
    const mod = (await import(path.join(dir, file))) as { cases: EntryCases };
    all.actions.push(...(mod.cases.actions ?? []));
    all.routes.push(...(mod.cases.routes ?? []));
  }
  return all;
}

type Outcome = { ok?: boolean; code?: string } | RedirectSignal | Response;

async function call(target: string, arg: unknown): Promise<Outcome> {
  const fn = await loadTarget(target);
  try {
    return (await fn(arg)) as Outcome;
  } catch (error) {
    if (error instanceof RedirectSignal) return error;
    throw error;
  }
}

const refusedCode = (outcome: Outcome) =>
  outcome instanceof Response ? String(outcome.status) : outcome instanceof RedirectSignal ? `redirect:${outcome.url}` : outcome.code;

let t: TestDb;
let fx: Fixture;
let cases: Required<EntryCases>;
let discovered: { actions: string[]; routes: string[] };
const as = async (employeeId: string | null) => {
  if (!employeeId) return void (currentSession.value = null);
  const [e] = await t.db.select({ v: employees.sessionVersion }).from(employees).where(eq(employees.id, employeeId));
  currentSession.value = { employeeId, sessionVersion: e!.v };
};

beforeAll(async () => {
  t = await createTestDb();
  (globalThis as { domkomDb?: Promise<unknown> }).domkomDb = Promise.resolve(t.db);
  const a = await createOrg(t.db, "Альфа");
  const b = await createOrg(t.db, "Бета");
  fx = { db: t.db, a, b, aData: await seedTenantData(t.db, a, "Альфа"), bData: await seedTenantData(t.db, b, "Бета") };
  [cases, discovered] = await Promise.all([loadCases(), discoverEntryPoints()]);
});
afterAll(async () => {
  (globalThis as { domkomDb?: unknown }).domkomDb = undefined;
  await t?.close();
});

describe("every server action and route handler", () => {
  it("has a case in tests/integration/entry-points/cases (add one for each new action or route)", () => {
    const covered = new Set([...cases.actions, ...cases.routes].map((c) => c.target));
    const missing = [...discovered.actions, ...discovered.routes].filter((target) => !covered.has(target));
    expect(missing).toEqual([]);
    const stale = [...covered].filter((target) => ![...discovered.actions, ...discovered.routes].includes(target));
    expect(stale).toEqual([]);
  });
});

describe("server actions", () => {
  const staffCases = () => cases.actions.filter((c) => c.access !== "public");

  it("refuse a signed-out caller", async () => {
    await as(null);
    for (const c of staffCases()) {
      const outcome = await call(c.target, await c.attack(fx));
      expect(refusedCode(outcome), c.target).toBe("UNAUTHENTICATED");
    }
  });

  it("refuse an employee whose role lacks the declared permission, and admit one who has only it", async () => {
    for (const c of staffCases()) {
      if (c.access === "any-staff") continue;
      const bare = await addEmployee(t.db, fx.b, { email: `bare-${Math.random().toString(36).slice(2)}@test.local`, permissions: [] });
      await as(bare.id);
      expect(refusedCode(await call(c.target, await c.attack(fx))), c.target).toBe("FORBIDDEN");
      const only = await addEmployee(t.db, fx.b, { email: `only-${Math.random().toString(36).slice(2)}@test.local`, permissions: [c.access] });
      await as(only.id);
      expect(refusedCode(await call(c.target, await c.attack(fx))), c.target).not.toBe("FORBIDDEN");
    }
  });

  it("cannot read or change another organisation's data", async () => {
    await as(fx.b.directorId);
    for (const c of cases.actions) {
      const before = await orgSnapshot(t.db, fx.a.orgId);
      const outcome = await call(c.target, await c.attack(fx));
      if (c.verify) await c.verify(outcome, fx);
      if (c.access === "public") continue;
      if (!c.ownOrgOnly) {
        expect(outcome instanceof RedirectSignal || (outcome as { ok?: boolean }).ok === false, `${c.target} must refuse`).toBe(true);
      }
      expect(await orgSnapshot(t.db, fx.a.orgId), `${c.target} changed organisation A`).toEqual(before);
    }
  });
});

describe("route handlers", () => {
  const run = async (c: RouteCase) => (await loadTarget(c.target))(await c.request(fx)) as Promise<Response>;

  it("refuse a signed-out caller", async () => {
    await as(null);
    for (const c of cases.routes.filter((r) => r.access !== "public")) {
      expect((await run(c)).status, c.target).toBe(401);
    }
  });

  it("refuse an employee whose role lacks the declared permission", async () => {
    const bare = await addEmployee(t.db, fx.b, { email: "bare-routes@test.local", permissions: [] });
    await as(bare.id);
    for (const c of cases.routes.filter((r) => r.access !== "public" && r.access !== "any-staff")) {
      expect((await run(c)).status, c.target).toBe(403);
    }
  });

  it("reveal and change nothing of another organisation", async () => {
    await as(fx.b.directorId);
    for (const c of cases.routes) {
      const before = await orgSnapshot(t.db, fx.a.orgId);
      await c.verify(await run(c), fx);
      expect(await orgSnapshot(t.db, fx.a.orgId), `${c.target} changed organisation A`).toEqual(before);
    }
  });
});
