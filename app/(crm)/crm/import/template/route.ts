import { staffRoute } from "@/app/_server/staff-route";
import { importTemplate } from "@/lib/exchange/import-template";
import { importKinds } from "@/lib/exchange/import-kinds";

/** «Скачать пример»: /crm/import/template?kind=registry_xlsx | accounts_csv | debt_csv. */
export const GET = staffRoute("registry.premises.edit", async (ctx, request) => {
  const asked = new URL(request.url).searchParams.get("kind");
  const kind = importKinds.find((k) => k === asked) ?? "registry_xlsx";
  const file = await importTemplate(ctx, kind);
  return new Response(new Uint8Array(file.bytes), {
    headers: { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}` },
  });
});
