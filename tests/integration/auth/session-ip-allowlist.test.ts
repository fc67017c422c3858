import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { employees, organisations } from "@/db/schema";
import { loadStaffContext } from "@/lib/access/load-staff-context";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let org: OrgFixture;
beforeAll(async () => {
  t = await createTestDb();
  org = await createOrg(t.db, "Сеть");
});
afterAll(() => t.close());

describe("an open session when the organisation restricts staff IPs", () => {
  it("stops working from an address the new list excludes, and keeps working from an allowed one", async () => {
    const [e] = await t.db.select({ v: employees.sessionVersion }).from(employees).where(eq(employees.id, org.directorId));
    const session = { employeeId: org.directorId, sessionVersion: e!.v };
    await expect(loadStaffContext(t.db, session, "198.51.100.7")).resolves.toMatchObject({ orgId: org.orgId });

    await t.db.update(organisations).set({ staffIpAllowlist: ["203.0.113.0/24"] }).where(eq(organisations.id, org.orgId));
    await expect(loadStaffContext(t.db, session, "198.51.100.7")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(loadStaffContext(t.db, session, "203.0.113.20")).resolves.toMatchObject({ orgId: org.orgId });
  });
});
