import { and, desc, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clients, exchangeLog, personalAccounts, premiseClients, premises } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { commitImport } from "@/lib/exchange/commit-import";
import { importTemplate } from "@/lib/exchange/import-template";
import { listExchangeLog } from "@/lib/exchange/list-exchange-log";
import { previewImport } from "@/lib/exchange/preview-import";
import { expectReady, expectRejected, importOrg, registryCounts, sectionCounts, type ImportOrg } from "@/tests/support/exchange-fixtures";
import { bytesFile, registryXlsx } from "@/tests/support/sheet-files";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let org: ImportOrg;

beforeAll(async () => {
  t = await createTestDb();
  org = await importOrg(t.db, "Импорт");
});
afterAll(async () => t?.close());

const preview = (ctx: StaffContext, file: File) => previewImport(ctx, { kind: "registry_xlsx", file, buildingId: null });
const flat = (number: string) => ({ building: org.address, premiseType: "квартира", number });

async function importRows(rows: Parameters<typeof registryXlsx>[0]) {
  const check = expectReady(await preview(org.director, await registryXlsx(rows)));
  await commitImport(org.director, { importId: check.importId });
  return check;
}

describe("Excel import of premises, accounts and clients", () => {
  it("imports the downloaded template as it is", async () => {
    const template = await importTemplate(org.director, "registry_xlsx");
    const check = expectReady(await preview(org.director, bytesFile(template.bytes, template.fileName)));
    expect(sectionCounts(check)).toEqual({ "premises.create": 2, "accounts.create": 2, "clients.create": 4, "links.create": 4 });

    const result = await commitImport(org.director, { importId: check.importId });
    expect(result.summary).toMatchObject({ premisesCreated: 2, accountsCreated: 2, clientsCreated: 4, linksCreated: 4 });
    expect(await registryCounts(t.db, org)).toEqual({ premises: 2, accounts: 2, clients: 4 });
    const links = await t.db.select().from(premiseClients).where(eq(premiseClients.orgId, org.orgId));
    const owner = links.find((l) => l.basis === "owner" && l.ownershipShare === "1/2");
    expect(links.find((l) => l.basis === "resident")?.dependsOnClientId).toBe(owner?.clientId);
    expect(links.every((l) => l.addedBy === "import")).toBe(true);
    const [log] = await t.db.select().from(exchangeLog).where(eq(exchangeLog.id, result.logId));
    expect(log).toMatchObject({ status: "ok", kind: "registry_xlsx", orgId: org.orgId });

    const again = expectReady(await preview(org.director, bytesFile(template.bytes, template.fileName)));
    expect(again.preview.sections).toEqual([]);
  });

  it("names a missing column and writes nothing", async () => {
    const check = expectRejected(await preview(org.director, await registryXlsx([flat("50")], ["els"])));
    expect(check.issues).toEqual([{ line: null, column: "ЕЛС", message: "В файле нет колонки «ЕЛС»" }]);
  });

  it("reports every bad row with its line and reason, skips empty rows and writes nothing", async () => {
    const before = await registryCounts(t.db, org);
    const check = expectRejected(
      await preview(
        org.director,
        await registryXlsx([
          { ...flat("60"), building: "ул. Несуществующая, д. 99" },
          { ...flat("61"), premiseType: "пентхаус" },
          { ...flat("62"), totalArea: "много" },
          {},
          { ...flat("63"), accountNumber: "700" },
          { ...flat("64"), accountNumber: "700" },
          { ...flat("65"), lastName: "Петров", firstName: "Пётр", phone: "12345" },
          { ...flat("66"), accountNumber: "701", els: "XX" },
          { ...flat(""), floor: "3" },
        ]),
      ),
    );
    expect(check.issues).toEqual([
      { line: 2, column: "Объект (адрес или внешний ID)", message: "Объект «ул. Несуществующая, д. 99» не найден: укажите адрес, как в разделе «Объекты», или внешний ID объекта" },
      { line: 3, column: "Тип помещения", message: "Неизвестный тип помещения «пентхаус»" },
      { line: 4, column: "Общая площадь, м²", message: "Общая площадь: укажите число, например 54,3" },
      { line: 7, column: "Лицевой счёт", message: "Лицевой счёт 700 уже указан в строке 6 для другого помещения" },
      { line: 8, column: "Телефон", message: "Введите телефон в формате +7XXXXXXXXXX" },
      { line: 9, column: "ЕЛС", message: "ЕЛС должен состоять из 10 символов: 2 цифры, 2 буквы, 6 цифр" },
      { line: 10, column: "Номер помещения", message: "Не указан номер помещения" },
    ]);
    expect(await registryCounts(t.db, org)).toEqual(before);
    const [log] = await t.db.select().from(exchangeLog).where(eq(exchangeLog.orgId, org.orgId)).orderBy(desc(exchangeLog.createdAt)).limit(1);
    expect(log).toMatchObject({ status: "rejected", summary: { issues: 7 } });
    expect(log?.errors).toEqual(check.issues);
  });

  it("removes from a premise the owners the file no longer lists, with their dependants, and archives clients left without premises", async () => {
    const ivanov = { ...flat("10"), lastName: "Иванов", firstName: "Иван", phone: "+79161112233", basis: "собственник" };
    const sidorov = { ...flat("10"), lastName: "Сидоров", firstName: "Семён", phone: "+79161112244", basis: "собственник" };
    const tenant = { ...flat("10"), lastName: "Арендаторов", firstName: "Антон", basis: "арендатор" };
    await importRows([sidorov, ivanov, tenant]);
    const [premise] = await t.db.select().from(premises).where(and(eq(premises.orgId, org.orgId), eq(premises.number, "10")));
    const linksOf = () => t.db.select().from(premiseClients).where(and(eq(premiseClients.premiseId, premise!.id), isNull(premiseClients.removedAt)));
    const [sidorovClient] = await t.db.select().from(clients).where(eq(clients.phone, "+79161112244"));
    expect((await linksOf()).find((l) => l.basis === "tenant")?.dependsOnClientId).toBe(sidorovClient?.id);

    const check = expectReady(await preview(org.director, await registryXlsx([ivanov])));
    const removal = check.preview.sections.find((s) => s.key === "links.remove");
    expect(removal).toMatchObject({ count: 2, danger: true });
    expect(removal?.items.join("\n")).toContain("Сидоров Семён");
    expect(removal?.items.join("\n")).toContain("Арендаторов Антон");
    expect(sectionCounts(check)["clients.archive"]).toBe(2);
    await commitImport(org.director, { importId: check.importId });

    const remaining = await linksOf();
    expect(remaining.map((l) => l.basis)).toEqual(["owner"]);
    const [archived] = await t.db.select().from(clients).where(eq(clients.id, sidorovClient!.id));
    expect(archived?.archivedAt).not.toBeNull();
  });

  it("keeps an owner marked «не удалять клиента при интеграции»", async () => {
    const owner = { ...flat("11"), lastName: "Крылов", firstName: "Иван", phone: "+79161113301" };
    const kept = { ...flat("11"), lastName: "Хранимов", firstName: "Пётр", phone: "+79161113302" };
    await importRows([owner, kept]);
    const [keptClient] = await t.db.select().from(clients).where(eq(clients.phone, "+79161113302"));
    await t.db.update(premiseClients).set({ keepOnIntegration: true }).where(eq(premiseClients.clientId, keptClient!.id));
    const check = expectReady(await preview(org.director, await registryXlsx([owner])));
    expect(check.preview.sections.map((s) => s.key)).not.toContain("links.remove");
  });

  it("applies all or nothing: a conflict met while writing leaves the registry as it was and logs the failure", async () => {
    const rows = ["20", "21", "22"].map((n) => ({ ...flat(n), accountNumber: `30${n}` }));
    const check = expectReady(await preview(org.director, await registryXlsx(rows)));
    const before = await registryCounts(t.db, org);
    const [other] = await t.db.select({ id: premises.id }).from(premises).where(eq(premises.orgId, org.orgId)).limit(1);
    await t.db.insert(personalAccounts).values({ orgId: org.orgId, premiseId: other!.id, number: "3022" });

    await expect(commitImport(org.director, { importId: check.importId })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await registryCounts(t.db, org)).toEqual({ ...before, accounts: before.accounts + 1 });
    expect(await t.db.select().from(premises).where(and(eq(premises.orgId, org.orgId), eq(premises.number, "20")))).toEqual([]);
    const [log] = await t.db.select().from(exchangeLog).where(and(eq(exchangeLog.orgId, org.orgId), eq(exchangeLog.status, "failed")));
    expect(log?.errors).toEqual([expect.objectContaining({ message: expect.stringContaining("Данные изменились") })]);
  });

  it("lists the organisation's runs in the log, filtered by status", async () => {
    const params = { page: 1, size: 100, dir: "desc" as const };
    const rejected = await listExchangeLog(org.director, params, { status: "rejected" });
    expect(rejected.total.count).toBe(2);
    expect(rejected.rows.every((r) => r.status === "rejected")).toBe(true);
    const all = await listExchangeLog(org.director, params);
    expect(all.rows.map((r) => r.status)).toEqual(expect.arrayContaining(["ok", "failed", "rejected"]));
  });

  it("does not let another organisation see or confirm this organisation's import", async () => {
    const other = await importOrg(t.db, "Чужая", "ул. Другая");
    const rejected = expectRejected(await preview(other.director, await registryXlsx([flat("90")])));
    expect(rejected.issues[0]?.message).toContain("не найден");

    const check = expectReady(await preview(org.director, await registryXlsx([flat("91")])));
    const before = await registryCounts(t.db, org);
    await expect(commitImport(other.director, { importId: check.importId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await registryCounts(t.db, org)).toEqual(before);
    expect(await registryCounts(t.db, other)).toEqual({ premises: 0, accounts: 0, clients: 0 });
    expect((await listExchangeLog(other.director, { page: 1, size: 100, dir: "desc" })).rows.map((r) => r.status)).toEqual(["rejected"]);
  });
});
