import type { StaffContext } from "@/lib/core/context";
import { runBulk, type BulkSpec } from "./run-bulk";

/** Reads the JSON body and runs the bulk upsert, answering with its status: 200, 400 (not JSON) or 422. */
export async function bulkRequest<T>(ctx: StaffContext, request: Request, spec: BulkSpec<T>): Promise<Response> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: "Тело запроса должно быть JSON: { \"items\": [...] }", code: "BAD_REQUEST" }, { status: 400 });
  }
  const result = await runBulk(ctx, body, spec);
  return Response.json(result.body, { status: result.status });
}
