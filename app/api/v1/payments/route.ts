import { apiKeyRoute } from "@/app/_server/api-key-route";
import { bulkRequest } from "@/lib/api/bulk-request";
import { paymentBulkSpec } from "@/lib/api/payments/payment-items";
import { listApiPayments } from "@/lib/api/payments/read-api-payments";
import { runBulk } from "@/lib/api/run-bulk";

/** GET: payments by cursor (?source=, ?accountId=, ?externalId=); POST: bulk, booked once per external id. */
export const GET = apiKeyRoute("payments:read", async (ctx, request) => Response.json(await listApiPayments(ctx, request.url)));
export const POST = apiKeyRoute("payments:write", (ctx, request) => bulkRequest(ctx, request, (c, body) => runBulk(c, body, paymentBulkSpec())));
