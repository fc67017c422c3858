import { staffRoute } from "@/app/_server/staff-route";
import { readStoredFile } from "@/lib/files/file-store";

/** Serves an uploaded image to staff of the organisation that owns it. */
export const GET = staffRoute(null, async (ctx, request) => {
  const key = decodeURIComponent(new URL(request.url).pathname.replace(/^\/crm\/files\//, ""));
  const { bytes, contentType } = await readStoredFile(ctx.orgId, key);
  return new Response(new Uint8Array(bytes), {
    headers: { "Content-Type": contentType, "Cache-Control": "private, max-age=3600" },
  });
});
