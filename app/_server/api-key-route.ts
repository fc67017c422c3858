import { apiKeyScopeInfo, type ApiKeyScope } from "@/lib/access/api-keys/api-key-scopes";
import { authenticateApiKey } from "@/lib/access/api-keys/authenticate-api-key";
import { problemFromError } from "@/lib/api/problem";
import { recordApiRequest } from "@/lib/api/request-log";
import type { StaffContext } from "@/lib/core/context";
import { forbidden } from "@/lib/core/errors";
import { getDb } from "./db";
import { callerIp, entry, type FailureResponder } from "./entry";

/** Every REST API error is RFC 9457 problem+json, made from what was thrown (per-item errors and all). */
const apiFailureResponse: FailureResponder = (failure, _request, error) => problemFromError(error, failure);

/**
 * The one way to write a REST API v1 handler: the organisation and its permissions come from the API key
 * (`Authorization: Bearer <key>`), never from the request body. Wrong or revoked key → 401, a key without `scope` →
 * 403; every request made with a valid key, refused or not, goes to that key's request log.
 */
export function apiKeyRoute(
  scope: ApiKeyScope,
  handler: (ctx: StaffContext, request: Request) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const startedAt = performance.now();
    const db = await getDb();
    let keyCtx: StaffContext | undefined;
    const response = await entry
      .use(async (_, call) => {
        const key = await authenticateApiKey(db, call.headers.get("authorization"), callerIp(call));
        keyCtx = key.ctx;
        return key;
      })
      .use(({ ctx, scopes }) => {
        if (!scopes.includes(scope)) throw forbidden(`Ключ не даёт права «${apiKeyScopeInfo[scope].label}» (${scope})`);
        return ctx;
      })
      .route(handler, apiFailureResponse)(request);
    if (keyCtx?.actor.id) await recordApiRequest(db, { keyId: keyCtx.actor.id, orgId: keyCtx.orgId, ip: keyCtx.ip, request, response, startedAt });
    return response;
  };
}
