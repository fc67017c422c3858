import { staffRoute } from "@/app/_server/staff-route";
import { AppError } from "@/lib/core/errors";
import { readDocumentFile } from "@/lib/registry/documents/read-document-file";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Downloads a premise document for staff of the organisation that owns it (and who see its building). */
export const GET = staffRoute("registry.premises.view", async (ctx, request) => {
  const id = new URL(request.url).pathname.split("/").pop() ?? "";
  if (!UUID.test(id)) throw new AppError("NOT_FOUND", "Документ не найден");
  const file = await readDocumentFile(ctx, id);
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
