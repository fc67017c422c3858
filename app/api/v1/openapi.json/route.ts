import { openApiDocument } from "@/lib/api/openapi";

/** Public: the document describes the API, not any organisation's data. */
export async function GET(): Promise<Response> {
  return Response.json(openApiDocument());
}
