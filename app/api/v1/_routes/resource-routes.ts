import { apiKeyRoute } from "@/app/_server/api-key-route";
import { lastPathSegment } from "@/lib/api/api-page";
import { bulkRequest } from "@/lib/api/bulk-request";
import { apiResources, type ApiResourceName } from "@/lib/api/resources";

/** GET (list by cursor) and POST (bulk upsert) of /api/v1/<kind>. */
export function collectionRoutes(name: ApiResourceName) {
  const resource = apiResources[name];
  return {
    GET: apiKeyRoute("read", async (ctx, request) => Response.json(await resource.list(ctx, request.url))),
    POST: apiKeyRoute(resource.writeScope, (ctx, request) => bulkRequest(ctx, request, resource.bulk)),
  };
}

/** GET /api/v1/<kind>/{id}. */
export const byIdRoute = (name: ApiResourceName) =>
  apiKeyRoute("read", async (ctx, request) => Response.json(await apiResources[name].get(ctx, { id: lastPathSegment(request.url) })));

/** GET /api/v1/<kind>/external/{externalId}. */
export const byExternalIdRoute = (name: ApiResourceName) =>
  apiKeyRoute("read", async (ctx, request) => Response.json(await apiResources[name].get(ctx, { externalId: lastPathSegment(request.url) })));
