import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { employees, premiseClients } from "@/db/schema";
import { seedDemo } from "@/lib/demo/demo";
import type { StaffContext } from "@/lib/core/context";
import { commitImport } from "@/lib/exchange/commit-import";
import { importTemplate } from "@/lib/exchange/import-template";
import { previewImport } from "@/lib/exchange/preview-import";
import { expectReady, sectionCounts } from "@/tests/support/exchange-fixtures";
import { contextFor } from "@/tests/support/fixtures";
import { bytesFile } from "@/tests/support/sheet-files";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let admin: StaffContext;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  const [row] = await t.db.select({ id: employees.id }).from(employees).where(eq(employees.email, "admin@demo.local"));
  admin = await contextFor(t.db, row?.id ?? "");
}, 120_000);
afterAll(async () => t?.close());

describe("«Скачать пример» on a working registry", () => {
  it("imports cleanly into the demo as it stands and only adds: no owner removed, no account moved", async () => {
    const activeLinks = async () => (await t.db.select().from(premiseClients).where(and(eq(premiseClients.orgId, admin.orgId), isNull(premiseClients.removedAt)))).length;
    const linksBefore = await activeLinks();
    const template = await importTemplate(admin, "registry_xlsx");
    const check = expectReady(await previewImport(admin, { kind: "registry_xlsx", file: bytesFile(template.bytes, template.fileName), buildingId: null }));
    expect(sectionCounts(check)).toMatchObject({ "premises.create": 2, "accounts.create": 2, "links.create": 4 });
    expect(Object.keys(sectionCounts(check)).filter((key) => /remove|update|move/.test(key))).toEqual([]);
    await commitImport(admin, { importId: check.importId });
    expect(await activeLinks()).toBe(linksBefore + 4);
  });
});
