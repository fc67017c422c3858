import { AppError } from "@/lib/core/errors";

/** 5,000 items of a few hundred bytes each fit with room to spare; anything larger is refused before it is parsed. */
export const MAX_API_BODY_BYTES = 10 * 1024 * 1024;

const payloadTooLarge = (limit: number) =>
  new AppError("PAYLOAD_TOO_LARGE", `Тело запроса больше ${Math.round(limit / 1024 / 1024)} МБ. Разбейте данные на несколько запросов`);

/**
 * Reads a JSON body, stopping as soon as it passes `limit` bytes: the declared Content-Length is checked first,
 * then the bytes actually received (a chunked body declares none).
 */
export async function readJsonBody(request: Request, limit = MAX_API_BODY_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw payloadTooLarge(limit);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        throw payloadTooLarge(limit);
      }
      chunks.push(value);
    }
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new AppError("BAD_REQUEST", "Тело запроса должно быть JSON: { \"items\": [...] }");
  }
}
