import type { StaffContext } from "@/lib/core/context";
import type { ActionFailure } from "@/lib/core/errors";
import type { Permission } from "@/lib/core/permissions";
import { entry, jsonFailure, requirePermission, signedInStaff } from "./entry";

/** Pages that explain a refusal to a person; each answers with the refusal's own status. */
const refusalPages: Partial<Record<ActionFailure["code"], string>> = {
  UNAUTHENTICATED: "/login",
  FORBIDDEN: "/crm/no-access",
  NOT_FOUND: "/crm/missing",
};

/**
 * A refused download, answered to whoever asked: a person who opened the link in the browser (a navigation) is sent
 * to the page that explains it — raw JSON is no answer for them — while a script's fetch gets the JSON with its status.
 */
export function refusalResponse(request: Request, failure: ActionFailure): Response {
  const navigates = request.headers.get("sec-fetch-mode") === "navigate" || (request.headers.get("accept") ?? "").includes("text/html");
  const page = navigates ? refusalPages[failure.code] : undefined;
  // A relative Location: the request's own host is not trusted to build an absolute one.
  if (page) return new Response(null, { status: 303, headers: { Location: page } });
  return jsonFailure(failure);
}

/** Route handlers for signed-in staff (exports, downloads): the checks of actions; refusals as refusalResponse says. */
export function staffRoute(
  permission: Permission | null,
  handler: (ctx: StaffContext, request: Request) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return entry.use(signedInStaff).use(requirePermission(permission)).route(handler, (failure, request) => refusalResponse(request, failure));
}
