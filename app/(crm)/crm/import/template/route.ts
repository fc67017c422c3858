import { staffRoute } from "@/app/_server/staff-route";
import { importTemplate } from "@/lib/exchange/import-template";
import { importKinds } from "@/lib/exchange/import-kinds";

/** «Скачать пример»: /crm/import/template?kind=…; importTemplate checks the kind's permissions. */
export const GET = staffRoute(null, async (ctx, request) => {
  const asked = new URL(request.url).searchParams.get("kind");
  const kind = importKinds.find((k) => k === asked) ?? "registry_xlsx";
  const file = await importTemplate(ctx, kind);
  return new Response(new Uint8Array(file.bytes), {
    headers: { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}` },
  });
});
