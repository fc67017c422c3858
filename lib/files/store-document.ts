import { randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { filesRoot } from "./files-root";
import { AppError, notFound } from "@/lib/core/errors";
import { MAX_DOCUMENT_BYTES } from "./document-limits";



/** Stores a document under `${orgId}/documents/<uuid>`; the original name and type live in the database row. */
export async function storeDocument(orgId: string, bytes: Uint8Array): Promise<string> {
  if (bytes.byteLength === 0) throw new AppError("VALIDATION", "Файл пустой");
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) throw new AppError("VALIDATION", "Файл больше 20 МБ");
  const key = `${orgId}/documents/${randomUUID()}`;
  const file = path.join(filesRoot(), key);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes);
  return key;
}

const KEY_PATTERN = /^[0-9a-f-]{36}\/documents\/[0-9a-f-]{36}$/;

/** Reads a stored document; a key of another organisation (or a malformed one) is «не найден». */
export async function readDocument(orgId: string, key: string): Promise<Buffer> {
  if (!KEY_PATTERN.test(key) || !key.startsWith(`${orgId}/`)) throw notFound("Файл");
  try {
    return await readFile(path.join(filesRoot(), key));
  } catch {
    throw notFound("Файл");
  }
}
