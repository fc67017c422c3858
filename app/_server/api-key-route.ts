import { getDb } from "@/db/client";
import { apiKeyScopeInfo, type ApiKeyScope } from "@/lib/access/api-keys/api-key-scopes";
import { authenticateApiKey } from "@/lib/access/api-keys/authenticate-api-key";
import { problemFromError, problemResponse } from "@/lib/api/problem";
import { recordApiRequest } from "@/lib/api/request-log";
import type { StaffContext } from "@/lib/core/context";
import { clientIp } from "./client-ip";

/**
 * The one way to write a REST API v1 handler: the organisation and its permissions come from the API key
 * (`Authorization: Bearer <key>`), never from the request body. Wrong or revoked key → 401, missing scope → 403;
 * every error is RFC 9457 problem+json, and every request made with a valid key goes to that key's request log.
 */
export function apiKeyRoute(
  scope: ApiKeyScope,
  handler: (ctx: StaffContext, request: Request) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const startedAt = performance.now();
    const db = await getDb();
    let ctx: StaffContext | undefined;
    let response: Response;
    try {
      const key = await authenticateApiKey(db, request.headers.get("authorization"), clientIp(request.headers));
      ctx = key.ctx;
      response = key.scopes.includes(scope)
        ? await handler(ctx, request)
        : problemResponse(403, `Ключ не даёт права «${apiKeyScopeInfo[scope].label}» (${scope})`);
    } catch (error) {
      response = problemFromError(error);
    }
    if (ctx?.actor.id) await recordApiRequest(db, { keyId: ctx.actor.id, orgId: ctx.orgId, ip: ctx.ip, request, response, startedAt });
    return response;
  };
}
