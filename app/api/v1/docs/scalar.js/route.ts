import { scalarBundle } from "@/lib/api/api-docs";

/** The viewer's script, from the npm package: only npm is reachable where Domkom runs, so no CDN. */
export async function GET(): Promise<Response> {
  return new Response(await scalarBundle(), {
    headers: { "content-type": "text/javascript; charset=utf-8", "cache-control": "public, max-age=86400" },
  });
}
