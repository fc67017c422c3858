import type { ActionResult } from "@/lib/core/errors";

/**
 * Sends a file to an upload route (app/_server/upload-route.ts): the fields as one JSON line, then the file's
 * bytes, as one streamed body — the browser never builds a multipart copy, the server never buffers the file.
 */
export async function uploadFile<T>(url: string, file: File, fields: Record<string, unknown> = {}): Promise<ActionResult<T>> {
  try {
    const response = await fetch(url, { method: "POST", body: uploadBody(file, fields), headers: { "Content-Type": "application/octet-stream" } });
    return (await response.json()) as ActionResult<T>;
  } catch {
    return { ok: false, code: "BAD_REQUEST", message: "Не удалось отправить файл. Проверьте соединение и попробуйте ещё раз" };
  }
}

/** The body an upload route reads: one JSON line of fields with the file's name and type, then the file. */
export const uploadBody = (file: File, fields: Record<string, unknown>) =>
  new Blob([`${JSON.stringify({ ...fields, name: file.name, type: file.type })}\n`, file]);
