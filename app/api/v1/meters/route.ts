import { apiKeyRoute } from "@/app/_server/api-key-route";
import { bulkRequest } from "@/lib/api/bulk-request";
import { meterBulkSpec } from "@/lib/api/meters/meter-items";
import { listApiMeters } from "@/lib/api/meters/read-api-meters";
import { runBulk } from "@/lib/api/run-bulk";

/** GET: meters by cursor (filters buildingId, premiseId, resource, status, serialNumber); POST: bulk upsert by external id. */
export const GET = apiKeyRoute("meters:read", async (ctx, request) => Response.json(await listApiMeters(ctx, request.url)));
export const POST = apiKeyRoute("meters:write", (ctx, request) => bulkRequest(ctx, request, (c, body) => runBulk(c, body, meterBulkSpec())));
