import { z } from "zod";
import type { StaffContext } from "@/lib/core/context";
import { AppError, forbidden, httpStatusFor, validationFailure, type ActionFailure } from "@/lib/core/errors";
import type { Permission } from "@/lib/core/permissions";
import { withoutControlChars } from "@/lib/core/text";
import type { UploadBody } from "@/lib/storage/storage";
import { entry, requirePermission, signedInStaff, type Resolver } from "./entry";

/** The form fields travel as one JSON line before the file's bytes; they are small, the line is capped. */
const MAX_FIELDS_BYTES = 16 * 1024;
const fileMetaSchema = z.object({ name: z.string().max(255).default(""), type: z.string().max(255).default("") });

const tooLarge = (message: string) => new AppError("PAYLOAD_TOO_LARGE", message);

/**
 * Splits an upload body into the JSON line of fields and a stream of the file bytes after it, reading no more
 * than the fields line before handing the rest on: the file is streamed to storage, never held whole.
 */
async function splitBody(request: Request): Promise<{ fields: unknown; rest: ReadableStream<Uint8Array> }> {
  if (!request.body) throw new AppError("VALIDATION", "Выберите файл");
  const reader = request.body.getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const newline = value.indexOf(0x0a);
    if (newline >= 0 || length + value.byteLength > MAX_FIELDS_BYTES) {
      if (newline < 0 || length + newline > MAX_FIELDS_BYTES) throw new AppError("BAD_REQUEST", "Неверный формат загрузки");
      parts.push(value.subarray(0, newline));
      const head = value.subarray(newline + 1);
      const rest = new ReadableStream<Uint8Array>({
        start: (controller) => void (head.byteLength && controller.enqueue(head)),
        pull: async (controller) => {
          const next = await reader.read();
          if (next.done) controller.close();
          else controller.enqueue(next.value);
        },
        cancel: (reason) => reader.cancel(reason),
      });
      const text = Buffer.concat(parts).toString("utf8");
      try {
        return { fields: JSON.parse(text) as unknown, rest };
      } catch {
        throw new AppError("BAD_REQUEST", "Неверный формат загрузки");
      }
    }
    parts.push(value);
    length += value.byteLength;
  }
  throw new AppError("BAD_REQUEST", "Неверный формат загрузки");
}

/**
 * Route handlers that receive a file (imports, documents, photos, logos). Server actions take at most 1 MB; these
 * routes stream the body to storage under their own limit instead: a declared Content-Length above it is refused
 * with 413 before anything is read, and a body that turns out longer is cut off by the store (also 413). The
 * caller is checked as for a staff action, the fields with `schema`, and the answer is an ActionResult as JSON.
 * A cross-site request is refused outright (the session cookie is SameSite=Lax, this says it once more).
 */
export function uploadRoute<S extends z.ZodType, T>(
  permission: Permission | null,
  schema: S,
  limit: { maxBytes: number; tooLarge: string },
  handler: (ctx: StaffContext, fields: z.output<S>, file: UploadBody) => Promise<T>,
): (request: Request) => Promise<Response> {
  return entry
    .use(sameSiteOnly)
    .use(signedInStaff)
    .use(requirePermission(permission))
    .route(async (ctx, request) => {
      const declared = Number(request.headers.get("content-length") ?? "0");
      if (declared > limit.maxBytes + MAX_FIELDS_BYTES) throw tooLarge(limit.tooLarge);
      const { fields, rest } = await splitBody(request);
      const clean = withoutControlChars(fields);
      const parsed = schema.safeParse(clean);
      const meta = fileMetaSchema.safeParse(clean);
      const refuse = async (error: z.ZodError) => {
        await rest.cancel();
        return asActionResult(validationFailure(error));
      };
      if (!parsed.success) return refuse(parsed.error);
      if (!meta.success) return refuse(meta.error);
      return Response.json({ ok: true, data: await handler(ctx, parsed.data, { ...meta.data, stream: () => rest }) });
    }, asActionResult);
}

const sameSiteOnly: Resolver<unknown, unknown> = (ctx, call) => {
  if (call.headers.get("sec-fetch-site") === "cross-site") throw forbidden("Загрузка с другого сайта запрещена");
  return ctx;
};

/** The upload form reads the same ActionResult a server action returns, with the failure's HTTP status. */
const asActionResult = (failure: ActionFailure): Response => Response.json(failure, { status: httpStatusFor[failure.code] });
