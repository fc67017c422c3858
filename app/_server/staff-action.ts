import type { z } from "zod";
import type { Permission } from "@/lib/access/permissions";
import type { StaffContext } from "@/lib/core/context";
import { toActionFailure, zodFieldErrors, type ActionResult } from "./action-result";
import { requireStaff } from "./require-staff";

/**
 * The one way to write a staff server action: authenticate, check `permission`, validate with the same zod
 * schema the form uses, then run the handler (which calls one service and revalidates). Every server action is
 * a public endpoint, so nothing reaches the handler unchecked.
 */
export function staffAction<S extends z.ZodType, T>(
  permission: Permission | null,
  schema: S,
  handler: (ctx: StaffContext, input: z.output<S>) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    try {
      const ctx = await requireStaff(permission);
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        return { ok: false, code: "VALIDATION", message: "Проверьте заполнение полей", fieldErrors: zodFieldErrors(parsed.error) };
      }
      return { ok: true, data: await handler(ctx, parsed.data) };
    } catch (error) {
      return toActionFailure(error);
    }
  };
}
