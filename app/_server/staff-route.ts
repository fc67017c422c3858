import type { Permission } from "@/lib/access/permissions";
import type { StaffContext } from "@/lib/core/context";
import { toActionFailure } from "./action-result";
import { httpStatusFor } from "@/lib/core/errors";
import { requireStaff } from "./require-staff";

/** Route handlers for signed-in staff (exports, downloads): same checks as actions, errors as JSON with a status. */
export function staffRoute(
  permission: Permission | null,
  handler: (ctx: StaffContext, request: Request) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      return await handler(await requireStaff(permission), request);
    } catch (error) {
      const failure = toActionFailure(error);
      return Response.json(
        { error: failure.message, code: failure.code, fieldErrors: failure.fieldErrors },
        { status: httpStatusFor[failure.code] },
      );
    }
  };
}
