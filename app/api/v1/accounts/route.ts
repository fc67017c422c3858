import { apiKeyRoute } from "@/app/_server/api-key-route";
import { accountBulkSpec } from "@/lib/api/accounts/account-bulk-spec";
import { listApiAccounts } from "@/lib/api/accounts/list-api-accounts";
import { parseApiPage } from "@/lib/api/api-page";
import { bulkRequest } from "@/lib/api/bulk-request";

export const POST = apiKeyRoute("accounts:write", (ctx, request) => bulkRequest(ctx, request, accountBulkSpec()));

export const GET = apiKeyRoute("read", async (ctx, request) => Response.json(await listApiAccounts(ctx, parseApiPage(request.url))));
