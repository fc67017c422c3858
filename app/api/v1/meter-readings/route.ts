import { apiKeyRoute } from "@/app/_server/api-key-route";
import { bulkRequest } from "@/lib/api/bulk-request";
import { listApiReadings } from "@/lib/api/meters/read-api-readings";
import { readingBulkSpec } from "@/lib/api/meters/reading-items";
import { runBulk } from "@/lib/api/run-bulk";

/** GET: readings by cursor (?period=YYYY-MM, ?meterId=); POST: bulk, idempotent by external id. */
export const GET = apiKeyRoute("meters:read", async (ctx, request) => Response.json(await listApiReadings(ctx, request.url)));
export const POST = apiKeyRoute("readings:write", (ctx, request) => bulkRequest(ctx, request, (c, body) => runBulk(c, body, readingBulkSpec())));
