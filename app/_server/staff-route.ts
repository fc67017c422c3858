import type { StaffContext } from "@/lib/core/context";
import type { Permission } from "@/lib/core/permissions";
import { entry, requirePermission, signedInStaff } from "./entry";

/** Route handlers for signed-in staff (exports, downloads): the checks of actions, errors as JSON with a status. */
export function staffRoute(
  permission: Permission | null,
  handler: (ctx: StaffContext, request: Request) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return entry.use(signedInStaff).use(requirePermission(permission)).route(handler);
}
