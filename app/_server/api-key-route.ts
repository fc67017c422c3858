import { apiKeyScopeInfo, type ApiKeyScope } from "@/lib/access/api-keys/api-key-scopes";
import { authenticateApiKey } from "@/lib/access/api-keys/authenticate-api-key";
import type { StaffContext } from "@/lib/core/context";
import { forbidden } from "@/lib/core/errors";
import { getDb } from "./db";
import { callerIp, entry, jsonFailure, type FailureResponder, type Resolver } from "./entry";

/**
 * The organisation and its permissions come from the API key (`Authorization: Bearer <key>`), never from the
 * request body. Wrong or revoked key → 401, a key without `scope` → 403.
 */
const apiKey =
  (scope: ApiKeyScope): Resolver<unknown, StaffContext> =>
  async (_, call) => {
    const { ctx, scopes } = await authenticateApiKey(await getDb(), call.headers.get("authorization"), callerIp(call));
    if (!scopes.includes(scope)) throw forbidden(`Ключ не даёт права «${apiKeyScopeInfo[scope].label}» (${scope})`);
    return ctx;
  };

/** The REST API's error body: for now the staff routes' JSON; the one function to swap for another format. */
const apiFailureResponse: FailureResponder = jsonFailure;

/** The one way to write a REST API v1 handler. */
export function apiKeyRoute(
  scope: ApiKeyScope,
  handler: (ctx: StaffContext, request: Request) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return entry.use(apiKey(scope)).route(handler, apiFailureResponse);
}
