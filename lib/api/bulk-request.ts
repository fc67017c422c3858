import type { StaffContext } from "@/lib/core/context";
import { readJsonBody } from "./json-body";
import { PROBLEM_CONTENT_TYPE } from "./problem";
import type { BulkResponse } from "./run-bulk";

/** Reads the JSON body (at most MAX_API_BODY_BYTES) and runs the bulk upsert: 200 with per-item outcomes, or 422. */
export async function bulkRequest(ctx: StaffContext, request: Request, run: (ctx: StaffContext, body: unknown) => Promise<BulkResponse>): Promise<Response> {
  const result = await run(ctx, await readJsonBody(request));
  if (result.status === 200) return Response.json(result.body);
  return new Response(JSON.stringify(result.body), { status: result.status, headers: { "content-type": PROBLEM_CONTENT_TYPE } });
}
