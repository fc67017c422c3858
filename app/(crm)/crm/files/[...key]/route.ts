import { staffRoute } from "@/app/_server/staff-route";
import { readStoredFile } from "@/lib/files/file-store";

/**
 * Serves an uploaded image to staff of the organisation that owns it. Only PNG, JPEG and WebP checked by their
 * bytes are ever stored here, so they may be shown inline; nosniff keeps the browser to the stated type.
 */
export const GET = staffRoute(null, async (ctx, request) => {
  const key = decodeURIComponent(new URL(request.url).pathname.replace(/^\/crm\/files\//, ""));
  const { bytes, contentType } = await readStoredFile(ctx.orgId, key);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": "inline",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, max-age=3600",
    },
  });
});
