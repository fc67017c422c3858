import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { employees, premises } from "@/db/schema";
import { commitImport } from "@/lib/exchange/commit-import";
import { storage } from "@/lib/storage/storage";
import { importOrg, type ImportOrg } from "@/tests/support/exchange-fixtures";
import { registryXlsx } from "@/tests/support/sheet-files";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { uploadRequest } from "@/tests/support/upload-request";

const session: { value: { employeeId: string; sessionVersion: number } | null } = { value: null };
vi.mock("@/auth", () => ({ auth: async () => session.value }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { POST: importRoute } = await import("@/app/(crm)/crm/uploads/import/route");
const { POST: documentRoute } = await import("@/app/(crm)/crm/uploads/premise-document/route");

let t: TestDb;
let org: ImportOrg;

beforeAll(async () => {
  t = await createTestDb();
  (globalThis as { domkomDb?: Promise<unknown> }).domkomDb = Promise.resolve(t.db);
  org = await importOrg(t.db, "Загрузки");
  const [director] = await t.db.select({ id: employees.id, v: employees.sessionVersion }).from(employees).where(eq(employees.id, org.directorId));
  session.value = { employeeId: director!.id, sessionVersion: director!.v };
});
afterAll(async () => {
  (globalThis as { domkomDb?: unknown }).domkomDb = undefined;
  await t?.close();
});

/** A body of `bytes` zero bytes after the fields line, produced as it is read and sent without a length. */
function streamedRequest(url: string, fields: Record<string, unknown>, bytes: number): Request {
  let left = bytes;
  const chunk = new Uint8Array(1024 * 1024);
  const body = new ReadableStream<Uint8Array>({
    start: (controller) => controller.enqueue(new TextEncoder().encode(`${JSON.stringify({ ...fields, name: "big.bin", type: "" })}\n`)),
    pull: (controller) => {
      if (left <= 0) return controller.close();
      controller.enqueue(chunk.subarray(0, Math.min(left, chunk.length)));
      left -= chunk.length;
    },
  });
  return new Request(url, { method: "POST", body, duplex: "half" } as RequestInit);
}

describe("upload routes", () => {
  it("check an import streamed to storage, keep its plan there and leave the upload itself behind", async () => {
    const file = await registryXlsx([{ building: org.address, premiseType: "квартира", number: "7", lastName: "Новиков" }]);
    const response = await importRoute(uploadRequest("http://localhost/crm/uploads/import", file, { kind: "registry_xlsx", buildingId: "" }));
    const result = (await response.json()) as { ok: true; data: { status: string; importId: string } };
    expect(result).toMatchObject({ ok: true, data: { status: "ready" } });
    expect((await storage().list(`imports/${org.orgId}/`)).map((o) => o.key)).toContain(`imports/${org.orgId}/${result.data.importId}.ndjson`);
    expect(await storage().list(`uploads/${org.orgId}/`)).toEqual([]);

    await commitImport(org.director, { importId: result.data.importId });
    const [flat] = await t.db.select().from(premises).where(and(eq(premises.orgId, org.orgId), eq(premises.number, "7")));
    expect(flat).toBeDefined();
  });

  it("answer 413 with a Russian message for a declared length over the limit, before reading the body", async () => {
    const request = new Request("http://localhost/crm/uploads/import", { method: "POST", body: "x", headers: { "Content-Length": String(60 * 1024 * 1024) } });
    const response = await importRoute(request);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ ok: false, code: "PAYLOAD_TOO_LARGE", message: "Файл больше 50 МБ" });
  });

  it("answer 413 for a streamed body that turns out longer than the limit, and keep nothing of it", async () => {
    const [premise] = await t.db.insert(premises).values({ orgId: org.orgId, buildingId: org.buildingId, type: "flat", number: "8", searchText: "8" }).returning();
    const request = streamedRequest("http://localhost/crm/uploads/premise-document", { premiseId: premise!.id, title: "Большой" }, 21 * 1024 * 1024);
    const response = await documentRoute(request);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ ok: false, message: "Файл больше 20 МБ" });
    expect(await storage().list(`${org.orgId}/documents/`)).toEqual([]);
  });

  it("refuse a cross-site request", async () => {
    const file = await registryXlsx([]);
    const request = uploadRequest("http://localhost/crm/uploads/import", file, { kind: "registry_xlsx" });
    request.headers.set("sec-fetch-site", "cross-site");
    expect((await importRoute(request)).status).toBe(403);
  });
});
