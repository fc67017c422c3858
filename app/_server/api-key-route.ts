import { getDb } from "@/db/client";
import { apiKeyScopeInfo, type ApiKeyScope } from "@/lib/access/api-keys/api-key-scopes";
import { authenticateApiKey } from "@/lib/access/api-keys/authenticate-api-key";
import type { StaffContext } from "@/lib/core/context";
import { httpStatusFor } from "@/lib/core/errors";
import { toActionFailure } from "./action-result";
import { clientIp } from "@/lib/core/client-ip";

/**
 * The one way to write a REST API v1 handler: the organisation and its permissions come from the API key
 * (`Authorization: Bearer <key>`), never from the request body. Wrong or revoked key → 401, missing scope → 403;
 * errors are JSON `{ error, code, fieldErrors? }`.
 */
export function apiKeyRoute(
  scope: ApiKeyScope,
  handler: (ctx: StaffContext, request: Request) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      const { ctx, scopes } = await authenticateApiKey(await getDb(), request.headers.get("authorization"), clientIp(request.headers));
      if (!scopes.includes(scope)) {
        return Response.json({ error: `Ключ не даёт права «${apiKeyScopeInfo[scope].label}» (${scope})`, code: "FORBIDDEN" }, { status: 403 });
      }
      return await handler(ctx, request);
    } catch (error) {
      const failure = toActionFailure(error);
      return Response.json({ error: failure.message, code: failure.code, fieldErrors: failure.fieldErrors }, { status: httpStatusFor[failure.code] });
    }
  };
}
