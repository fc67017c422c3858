import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listEmployees } from "@/lib/access/list-employees";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { listExchangeLog } from "@/lib/exchange/list-exchange-log";
import { listBuildings } from "@/lib/org/list-buildings";
import { listLegalEntities } from "@/lib/org/list-legal-entities";
import { listClients } from "@/lib/registry/clients/list-clients";
import { listPremises } from "@/lib/registry/premises/list-premises";
import { parseListParams } from "@/lib/table/list-params";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { seedTenantData } from "@/tests/support/tenant-data";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let a: OrgFixture;

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Альфа");
  await seedTenantData(t.db, a, "Альфа");
});
afterAll(async () => t?.close());

const lists = {
  premises: listPremises,
  clients: listClients,
  buildings: listBuildings,
  employees: listEmployees,
  legalEntities: listLegalEntities,
  auditLog: listAuditLog,
  exchangeLog: listExchangeLog,
};

describe("a NUL in a list's search (`?q=%00`)", () => {
  it("reaches PostgreSQL as it is only if nobody strips it: the database refuses it", async () => {
    await expect(listPremises(a.director, { ...parseListParams({}), q: "\u0000" })).rejects.toThrow();
  });

  it.each(Object.entries(lists))("does not fail the %s list: it is read as the search without it", async (_, list) => {
    const plain = await list(a.director, parseListParams({}));
    expect(await list(a.director, parseListParams({ q: "\u0000" }))).toEqual(plain);
  });
});
