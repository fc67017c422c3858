import type { z } from "zod";
import type { StaffContext } from "@/lib/core/context";
import type { ActionResult } from "@/lib/core/errors";
import type { Permission } from "@/lib/core/permissions";
import { entry, requirePermission, signedInStaff } from "./entry";

/**
 * A staff server action: authenticate, check `permission`, validate with the same zod schema the form uses,
 * then run the handler (which calls one service and revalidates). Every server action is a public endpoint,
 * so nothing reaches the handler unchecked.
 */
export function staffAction<S extends z.ZodType, T>(
  permission: Permission | null,
  schema: S,
  handler: (ctx: StaffContext, input: z.output<S>) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return entry.use(signedInStaff).use(requirePermission(permission)).input(schema).action(handler);
}
