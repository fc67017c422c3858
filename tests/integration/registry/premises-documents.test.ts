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

const pdf = (name = "план.pdf", text = "%PDF-1.4 план") => new File([text], name, { type: "application/pdf" });
const upload = ({ file, ...fields }: { title: string; description?: string; documentDate?: string; file: File }, org = a) =>
  uploadDocument(org.director, documentUploadSchema.parse({ premiseId, ...fields }), file);
// The smallest zip (an empty archive), which is what a .docx is underneath.
const emptyZip = Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);

describe("premise documents", () => {
  it("uploads any file, lists it, searches title and description (not the file name) and downloads it", async () => {
    const doc = await upload({ title: "План квартиры", description: "БТИ, 2019", documentDate: "2019-05-01", file: pdf() });
    await upload({ title: "Страховой полис", description: "", file: new File([emptyZip], "policy.docx") });
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

  it("refuses an empty file and a missing title", async () => {
    await expect(upload({ title: "Пусто", file: new File([], "a.txt") })).rejects.toMatchObject({ code: "VALIDATION", message: "Файл пустой" });
    expect(documentUploadSchema.safeParse({ premiseId, title: " " }).error?.issues[0]?.message).toBe("Укажите название");
  });

  it("types the file by its bytes: a mismatch with the name is refused, the stored type is the detected one", async () => {
    const mismatch = (ext: string) => `Содержимое файла не соответствует расширению «.${ext}»: проверьте, тот ли файл выбран`;
    await expect(upload({ title: "Не PDF", file: pdf("план.pdf", "<html><script>alert(1)</script>") })).rejects.toMatchObject({ message: mismatch("pdf") });
    await expect(upload({ title: "PDF под видом текста", file: new File(["%PDF-1.4 x"], "заметка.txt", { type: "text/plain" }) })).rejects.toMatchObject({ message: mismatch("txt") });
    const page = await upload({ title: "Страница", file: new File(["<html><script>alert(1)</script></html>"], "акт.html", { type: "text/html" }) });
    expect(page.contentType).toBe("application/octet-stream");
    const declaredWrong = await upload({ title: "PDF", file: new File(["%PDF-1.4 x"], "скан.pdf", { type: "text/html" }) });
    expect(declaredWrong.contentType).toBe("application/pdf");
  });

  it("refuses a file over 20 MB with 413 and keeps nothing", async () => {
    const big = new File([new Uint8Array(20 * 1024 * 1024 + 1)], "big.bin");
    await expect(upload({ title: "Большой", file: big })).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE", message: "Файл больше 20 МБ" });
  });
});
