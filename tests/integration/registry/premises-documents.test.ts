import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { archiveDocument } from "@/lib/registry/documents/archive-document";
import { documentUpdateSchema, documentUploadSchema } from "@/lib/registry/documents/document-schema";
import { listPremiseDocuments } from "@/lib/registry/documents/list-premise-documents";
import { readDocumentFile } from "@/lib/registry/documents/read-document-file";
import { updateDocument } from "@/lib/registry/documents/update-document";
import { uploadDocument } from "@/lib/registry/documents/upload-document";
import { parseListParams } from "@/lib/table/list-params";
import { createOrg, type OrgFixture } from "@/tests/support/fixtures";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { makeBuilding, makePremise } from "./premise-helpers";

let t: TestDb;
let a: OrgFixture;
let b: OrgFixture;
let premiseId: string;

beforeAll(async () => {
  t = await createTestDb();
  a = await createOrg(t.db, "Альфа");
  b = await createOrg(t.db, "Бета");
  premiseId = (await makePremise(a.director, (await makeBuilding(a, "ул. Бумажная", "4")).id)).id;
});
afterAll(async () => t?.close());

function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}
const pdf = (name = "план.pdf", text = "%PDF-1.4 план") => new File([text], name, { type: "application/pdf" });
const upload = (fields: Record<string, string | File>, org = a) => uploadDocument(org.director, documentUploadSchema.parse(form({ premiseId, ...fields })));

describe("premise documents", () => {
  it("uploads any file, lists it, searches title and description (not the file name) and downloads it", async () => {
    const doc = await upload({ title: "План квартиры", description: "БТИ, 2019", documentDate: "2019-05-01", file: pdf() });
    await upload({ title: "Страховой полис", description: "", file: new File(["x"], "policy.docx") });
    const titles = async (q?: string) => (await listPremiseDocuments(a.director, premiseId, parseListParams({ q }))).rows.map((r) => r.title);
    expect((await titles()).sort()).toEqual(["План квартиры", "Страховой полис"]);
    expect(await titles("бти")).toEqual(["План квартиры"]);
    expect(await titles("полис")).toEqual(["Страховой полис"]);
    expect(await titles("policy")).toEqual([]);
    const file = await readDocumentFile(a.director, doc.id);
    expect(file).toMatchObject({ fileName: "план.pdf", contentType: "application/pdf" });
    expect(file.bytes.toString()).toBe("%PDF-1.4 план");
    expect(doc.fileKey).toMatch(new RegExp(`^${a.orgId}/documents/[0-9a-f-]{36}$`));
  });

  it("edits title, description and date; archiving hides it from the list and the download", async () => {
    const doc = await upload({ title: "Черновик", file: pdf() });
    const edited = await updateDocument(a.director, documentUpdateSchema.parse({ id: doc.id, title: "Правила", description: "Дом", documentDate: "2024-01-31" }));
    expect(edited).toMatchObject({ title: "Правила", description: "Дом", documentDate: "2024-01-31" });
    await archiveDocument(a.director, { id: doc.id });
    expect((await listPremiseDocuments(a.director, premiseId, parseListParams({ q: "Правила" }))).total.count).toBe(0);
    await expect(readDocumentFile(a.director, doc.id)).rejects.toThrow("Документ не найден");
  });

  it("keeps documents to their organisation", async () => {
    const doc = await upload({ title: "Секрет", file: pdf() });
    await expect(readDocumentFile(b.director, doc.id)).rejects.toThrow("Документ не найден");
    await expect(updateDocument(b.director, documentUpdateSchema.parse({ id: doc.id, title: "Взлом" }))).rejects.toThrow("Документ не найден");
    await expect(archiveDocument(b.director, { id: doc.id })).rejects.toThrow("Документ не найден");
    await expect(upload({ title: "Подброс", file: pdf() }, b)).rejects.toThrow("Помещение не найдено");
    await expect(listPremiseDocuments(b.director, premiseId, parseListParams({}))).rejects.toThrow("Помещение не найдено");
  });

  it("refuses an empty or missing file and a missing title", () => {
    expect(documentUploadSchema.safeParse(form({ premiseId, title: "Пусто", file: new File([], "a.txt") })).error?.issues[0]?.message).toBe("Файл пустой");
    expect(documentUploadSchema.safeParse(form({ premiseId, title: "Нет файла" })).error?.issues[0]?.message).toBe("Выберите файл");
    expect(documentUploadSchema.safeParse(form({ premiseId, title: " ", file: pdf() })).error?.issues[0]?.message).toBe("Укажите название");
  });
});
