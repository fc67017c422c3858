import { randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { filesRoot } from "./files-root";
import { AppError, notFound } from "@/lib/core/errors";

import { imageTypes, MAX_IMAGE_BYTES } from "./image-types";

export { imageTypes, MAX_IMAGE_BYTES };



/**
 * Local-disk storage (embedded mode and single-server installs). Keys start with the organisation id, so a key
 * alone says whose file it is and reads can be checked against the caller's organisation.
 */
export async function storeImage(orgId: string, folder: string, bytes: Uint8Array, contentType: string): Promise<string> {
  const ext = imageTypes[contentType];
  if (!ext) throw new AppError("VALIDATION", "Загрузите изображение PNG, JPEG или WebP");
  if (bytes.byteLength > MAX_IMAGE_BYTES) throw new AppError("VALIDATION", "Файл больше 5 МБ");
  const key = `${orgId}/${folder}/${randomUUID()}.${ext}`;
  const file = path.join(filesRoot(), key);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes);
  return key;
}

const KEY_PATTERN = /^[0-9a-f-]{36}\/[a-z-]+\/[0-9a-f-]{36}\.(png|jpg|webp)$/;

export async function readStoredFile(orgId: string, key: string): Promise<{ bytes: Buffer; contentType: string }> {
  if (!KEY_PATTERN.test(key) || !key.startsWith(`${orgId}/`)) throw notFound("Файл");
  const ext = key.split(".").pop();
  const contentType = Object.entries(imageTypes).find(([, e]) => e === ext)?.[0] ?? "application/octet-stream";
  try {
    return { bytes: await readFile(path.join(filesRoot(), key)), contentType };
  } catch {
    throw notFound("Файл");
  }
}
