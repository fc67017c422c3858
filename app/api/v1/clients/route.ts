import { apiKeyRoute } from "@/app/_server/api-key-route";
import { parseApiPage } from "@/lib/api/api-page";
import { bulkRequest } from "@/lib/api/bulk-request";
import { clientBulkSpec } from "@/lib/api/clients/client-bulk-spec";
import { listApiClients } from "@/lib/api/clients/list-api-clients";

export const POST = apiKeyRoute("clients:write", (ctx, request) => bulkRequest(ctx, request, clientBulkSpec()));

export const GET = apiKeyRoute("read", async (ctx, request) => Response.json(await listApiClients(ctx, parseApiPage(request.url))));
