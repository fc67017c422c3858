import { apiKeyRoute } from "@/app/_server/api-key-route";
import { parseApiPage } from "@/lib/api/api-page";
import { bulkRequest } from "@/lib/api/bulk-request";
import { listApiPremises } from "@/lib/api/premises/list-api-premises";
import { premiseBulkSpec } from "@/lib/api/premises/premise-bulk-spec";

export const POST = apiKeyRoute("premises:write", (ctx, request) => bulkRequest(ctx, request, premiseBulkSpec()));

export const GET = apiKeyRoute("read", async (ctx, request) => Response.json(await listApiPremises(ctx, parseApiPage(request.url))));
