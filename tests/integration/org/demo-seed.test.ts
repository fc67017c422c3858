import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clients, employees, meterReadings, meters, outbox, premiseClients, premises } from "@/db/schema";
import { todayIn } from "@/lib/core/date-time";
import { seedDemo } from "@/lib/demo/demo";
import { DEMO_PASSWORD, DEMO_RESIDENT_PHONE, demoLogins, demoOrigin } from "@/lib/demo/demo-logins";
import { authenticateStaff } from "@/lib/auth/authenticate-staff";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let orgId: string;
beforeAll(async () => {
  t = await createTestDb();
  orgId = await seedDemo(t.db);
});
afterAll(() => t?.close());

describe("the demo organisation", () => {
  it("sends no sign-up email whose password would contradict the printed one", async () => {
    const messages = await t.db.select({ subject: outbox.subject }).from(outbox).where(eq(outbox.orgId, orgId));
    expect(messages.map((m) => m.subject)).not.toContain("Регистрация в Домкоме");
  });

  it("lets every printed login in with the printed password, without forcing a change", async () => {
    for (const { email } of demoLogins) {
      const result = await authenticateStaff(t.db, { email, password: DEMO_PASSWORD });
      expect(result.ok, email).toBe(true);
    }
    const forced = await t.db.select({ email: employees.email }).from(employees).where(eq(employees.mustChangePassword, true));
    expect(forced).toEqual([]);
  });
});

describe("the demo meters", () => {
  it("gives every flat ХВС, ГВС and two-zone electricity, and the demo resident's flat a year of readings to continue", async () => {
    const flats = await t.db.select({ id: premises.id }).from(premises).where(and(eq(premises.orgId, orgId), eq(premises.type, "flat")));
    const flatMeters = await t.db.select({ premiseId: meters.premiseId, resource: meters.resource, zones: meters.zones, status: meters.status }).from(meters).where(and(eq(meters.orgId, orgId), isNotNull(meters.premiseId)));
    for (const flat of flats) {
      const resources = flatMeters.filter((m) => m.premiseId === flat.id && m.status !== "decommissioned").map((m) => `${m.resource}:${m.zones}`).sort();
      expect(resources).toEqual(["cold_water:1", "electricity:2", "hot_water:1"]);
    }
    expect(flatMeters.filter((m) => m.status === "decommissioned")).toHaveLength(1);
    expect(await t.db.$count(meters, and(eq(meters.orgId, orgId), isNull(meters.premiseId)))).toBe(3);

    const [resident] = await t.db.select({ id: clients.id }).from(clients).where(eq(clients.phone, DEMO_RESIDENT_PHONE));
    const [link] = await t.db.select({ premiseId: premiseClients.premiseId }).from(premiseClients).innerJoin(premises, eq(premises.id, premiseClients.premiseId)).where(and(eq(premiseClients.clientId, resident!.id), eq(premises.type, "flat")));
    const own = await t.db.select({ id: meters.id }).from(meters).where(eq(meters.premiseId, link!.premiseId));
    const periods = await t.db.selectDistinct({ period: meterReadings.period }).from(meterReadings).where(and(inArray(meterReadings.meterId, own.map((m) => m.id)), eq(meterReadings.kind, "regular")));
    expect(periods).toHaveLength(12);
    expect(periods.map((p) => p.period)).not.toContain(todayIn("Europe/Moscow").slice(0, 7));
  });

  it("never lets a reading go below the one before it", async () => {
    const rows = await t.db.select({ meterId: meterReadings.meterId, zone: meterReadings.zone, kind: meterReadings.kind, value: meterReadings.valueMilli }).from(meterReadings).where(eq(meterReadings.orgId, orgId)).orderBy(meterReadings.meterId, meterReadings.zone, meterReadings.period, sql`array_position(array['initial','regular','final'], ${meterReadings.kind})`);
    const lower = rows.filter((r, i) => i > 0 && rows[i - 1]!.meterId === r.meterId && rows[i - 1]!.zone === r.zone && r.value < rows[i - 1]!.value);
    expect(lower).toEqual([]);
  });
});

describe("demoOrigin", () => {
  it("prints the address npm run demo binds: loopback by default, PORT and HOST when given", () => {
    expect(demoOrigin({})).toBe("http://127.0.0.1:3000");
    expect(demoOrigin({ PORT: "3107" })).toBe("http://127.0.0.1:3107");
    expect(demoOrigin({ HOST: "0.0.0.0", PORT: "8080" })).toBe("http://localhost:8080");
    expect(demoOrigin({ HOST: "::1" })).toBe("http://[::1]:3000");
  });
});

describe("the demo payments", () => {
  it("books a month of online and third-party payments through bookPayment", async () => {
    const rows = await t.db.execute(sql`select p.source, p.status, count(*)::int as n, bool_and(p.amount_kopecks = (select sum(i.amount_kopecks) from payment_items i where i.payment_id = p.id)) as split,
                                               bool_and(exists (select 1 from ledger_entries e where e.payment_id = p.id and e.kind = 'payment')) as booked
                                        from payments p where p.org_id = ${orgId} group by 1, 2 order by 1`);
    const bySource = Object.fromEntries((rows as unknown as { rows: { source: string; status: string; n: number; split: boolean; booked: boolean }[] }).rows.map((r) => [r.source, r]));
    expect(Object.keys(bySource).sort()).toEqual(["api", "online", "statement"]);
    for (const r of Object.values(bySource)) expect(r).toMatchObject({ status: "succeeded", split: true, booked: true });
    expect(bySource.online!.n).toBeGreaterThan(50);
  });
});
