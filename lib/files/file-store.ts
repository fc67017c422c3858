import { randomUUID } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { AppError, notFound } from "@/lib/core/errors";
import { storage, type UploadBody } from "@/lib/storage/storage";
import { fileRuleMessages, imageTypes, MAX_DOCUMENT_BYTES, MAX_IMAGE_BYTES } from "./file-rules";

export type StoredUpload = { key: string; size: number; contentType: string };
export type DetectedType = { ext: string; mime: string } | undefined;

/** Enough of the start of a file for file-type to recognise the formats it knows (its own sample size). */
const SAMPLE_BYTES = 4100;

const extensionOf = (name: string) => (/\.([a-z0-9]{1,8})$/i.exec(name)?.[1] ?? "").toLowerCase();

/**
 * Writes an upload to storage as it streams in, counting it: a body longer than `maxBytes` is refused with 413 and
 * nothing is kept. Before a byte is stored, the file is typed by its first bytes (file-type) and `check` compares
 * that with what the name and declared type claim, refusing a mismatch and naming the key and type to store.
 */
export async function storeUpload(
  body: UploadBody,
  limits: { maxBytes: number; tooLarge: string },
  check: (detected: DetectedType) => { key: string; contentType: string },
): Promise<StoredUpload> {
  const chunks = (body.stream() as unknown as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
  let size = 0;
  const take = async () => {
    const next = await chunks.next();
    if (next.done) return null;
    size += next.value.byteLength;
    if (size > limits.maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", limits.tooLarge);
    return next.value;
  };
  const head: Uint8Array[] = [];
  for (let chunk = size < SAMPLE_BYTES ? await take() : null; chunk; chunk = size < SAMPLE_BYTES ? await take() : null) head.push(chunk);
  if (size === 0) throw new AppError("VALIDATION", fileRuleMessages.empty);
  const { key, contentType } = check(await fileTypeFromBuffer(Buffer.concat(head).subarray(0, SAMPLE_BYTES)));
  async function* all() {
    yield* head;
    for (let chunk = await take(); chunk; chunk = await take()) yield chunk;
  }
  try {
    await storage().write(key, all());
  } finally {
    await chunks.return?.();
  }
  return { key, size, contentType };
}

const notImage = () => new AppError("VALIDATION", fileRuleMessages.notImage);

/**
 * A photo or logo: the bytes must be PNG, JPEG or WebP, and the declared type and the name's extension (when
 * given) must say the same, so a page or script renamed «photo.png» is never kept. Keys start with the
 * organisation id, so a key alone says whose file it is.
 */
export async function storeImage(orgId: string, folder: string, body: UploadBody): Promise<string> {
  const stored = await storeUpload(body, { maxBytes: MAX_IMAGE_BYTES, tooLarge: fileRuleMessages.imageTooLarge }, (detected) => {
    const ext = detected && imageTypes[detected.mime];
    if (!detected || !ext) throw notImage();
    const named = extensionOf(body.name);
    if ((body.type && body.type !== detected.mime) || (named && (named === "jpeg" ? "jpg" : named) !== ext)) throw notImage();
    return { key: `${orgId}/${folder}/${randomUUID()}.${ext}`, contentType: detected.mime };
  });
  return stored.key;
}

/** Extensions whose bytes file-type recognises, with the types it reports; Office files are zip or OLE containers. */
const detectedFor: Record<string, readonly string[]> = {
  pdf: ["pdf"], png: ["png"], jpg: ["jpg"], jpeg: ["jpg"], gif: ["gif"], webp: ["webp"], bmp: ["bmp"], tif: ["tif"], tiff: ["tif"],
  heic: ["heic"], zip: ["zip"], rar: ["rar"], "7z": ["7z"], rtf: ["rtf"],
  docx: ["docx", "zip"], xlsx: ["xlsx", "zip"], pptx: ["pptx", "zip"], odt: ["odt", "zip"], ods: ["ods", "zip"],
  doc: ["cfb", "doc"], xls: ["cfb", "xls"], ppt: ["cfb", "ppt"],
};

/**
 * A premise document: any type, but the bytes must agree with the name — a «.pdf» must be a PDF, and a file whose
 * bytes are a known format must carry that format's extension (or none). The stored type is the detected one
 * (a declared type is only the browser's guess from the name); an unrecognised file is stored as octet-stream
 * and only ever downloaded.
 */
export async function storeDocument(orgId: string, body: UploadBody): Promise<StoredUpload> {
  return storeUpload(body, { maxBytes: MAX_DOCUMENT_BYTES, tooLarge: fileRuleMessages.documentTooLarge }, (detected) => {
    const named = extensionOf(body.name);
    const expected = detectedFor[named];
    if (detected && named && !(expected ?? [named]).includes(detected.ext)) throw mismatchOf(named);
    if (!detected && expected) throw mismatchOf(named);
    return { key: `${orgId}/documents/${randomUUID()}`, contentType: detected?.mime ?? "application/octet-stream" };
  });
}

const mismatchOf = (extension: string) =>
  new AppError("VALIDATION", `Содержимое файла не соответствует расширению «.${extension}»: проверьте, тот ли файл выбран`);

const IMAGE_KEY = /^[0-9a-f-]{36}\/[a-z-]+\/[0-9a-f-]{36}\.(png|jpg|webp)$/;
const DOCUMENT_KEY = /^[0-9a-f-]{36}\/documents\/[0-9a-f-]{36}$/;

/** Reads a stored image of the organisation; a key of another organisation (or a malformed one) is «не найден». */
export async function readStoredFile(orgId: string, key: string): Promise<{ bytes: Buffer; contentType: string }> {
  if (!IMAGE_KEY.test(key) || !key.startsWith(`${orgId}/`)) throw notFound("Файл");
  const ext = key.split(".").pop();
  const contentType = Object.entries(imageTypes).find(([, e]) => e === ext)?.[0] ?? "application/octet-stream";
  const bytes = await storage().read(key);
  if (!bytes) throw notFound("Файл");
  return { bytes, contentType };
}

/** Reads a stored document of the organisation, with the same «не найден» for any key that is not its own. */
export async function readDocument(orgId: string, key: string): Promise<Buffer> {
  if (!DOCUMENT_KEY.test(key) || !key.startsWith(`${orgId}/`)) throw notFound("Файл");
  const bytes = await storage().read(key);
  if (!bytes) throw notFound("Файл");
  return bytes;
}
