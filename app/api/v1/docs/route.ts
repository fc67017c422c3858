import { apiDocsPage } from "@/lib/api/api-docs";

/** Public, like the document it shows: the API reference (Scalar), served entirely from our own origin. */
export async function GET(): Promise<Response> {
  return new Response(apiDocsPage(), { headers: { "content-type": "text/html; charset=utf-8" } });
}
