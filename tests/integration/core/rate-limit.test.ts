import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearRateLimits, fullRateLimits, hitRateLimit, refundRateLimit, type RateLimitRule } from "@/lib/core/rate-limit";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

const rule: RateLimitRule = { name: "test_rule", max: 10, windowMs: 60_000, refusal: (wait) => `ждите ${wait}` };

describe("rate-limit counters", () => {
  it("let exactly `max` of 50 parallel hits through (one statement decides and increments)", async () => {
    const now = new Date();
    const hits = await Promise.all(Array.from({ length: 50 }, () => hitRateLimit(t.db, rule, "parallel", now)));
    expect(hits.filter((h) => h.allowed)).toHaveLength(rule.max);
    expect(hits.filter((h) => h.allowed).map((h) => h.hits).sort((a, b) => a - b)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(hits.find((h) => !h.allowed)?.resetAt.getTime()).toBe(now.getTime() + rule.windowMs);
  });

  it("start a new window once the old one has ended, and keep subjects apart", async () => {
    const now = new Date();
    for (let i = 0; i < rule.max; i++) await hitRateLimit(t.db, rule, "window", now);
    expect((await hitRateLimit(t.db, rule, "window", new Date(now.getTime() + 59_000))).allowed).toBe(false);
    expect((await hitRateLimit(t.db, rule, "window-2", now)).allowed).toBe(true);
    expect(await hitRateLimit(t.db, rule, "window", new Date(now.getTime() + 60_000))).toMatchObject({ allowed: true, hits: 1 });
  });

  it("give a hit back, list full counters by subject prefix and clear them", async () => {
    const now = new Date();
    for (let i = 0; i < rule.max; i++) await hitRateLimit(t.db, rule, "a@x.ru 1.1.1.1", now);
    await hitRateLimit(t.db, rule, "a@x.ru 2.2.2.2", now);
    expect((await fullRateLimits(t.db, rule, "a@x.ru ", now)).map((f) => f.subject)).toEqual(["a@x.ru 1.1.1.1"]);
    await refundRateLimit(t.db, rule, "a@x.ru 1.1.1.1");
    expect(await fullRateLimits(t.db, rule, "a@x.ru ", now)).toEqual([]);
    expect((await hitRateLimit(t.db, rule, "a@x.ru 1.1.1.1", now)).allowed).toBe(true);
    await clearRateLimits(t.db, rule, "a@x.ru ");
    expect(await hitRateLimit(t.db, rule, "a@x.ru 1.1.1.1", now)).toMatchObject({ hits: 1 });
    expect(await hitRateLimit(t.db, rule, "a@x.ru 2.2.2.2", now)).toMatchObject({ hits: 1 });
  });
});
