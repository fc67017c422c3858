import { openApiDocument } from "@/lib/api/openapi";

/** Public: the document describes the API, not any organisation's data. */
export async function GET(request: Request): Promise<Response> {
  return Response.json(openApiDocument(new URL(request.url).origin));
}
