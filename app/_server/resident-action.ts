import type { z } from "zod";
import type { ResidentContext } from "@/lib/residents/resident-context";
import { toActionFailure, zodFieldErrors, type ActionResult } from "./action-result";
import { requireResident } from "./require-resident";

/**
 * The one way to write a cabinet server action for a signed-in resident: the session's phone is resolved to its
 * client rows (archived ones dropped, an entirely blocked resident refused) before the input is even parsed; the
 * service then checks that the premise in the input is one of the resident's own.
 */
export function residentAction<S extends z.ZodType, T>(
  schema: S,
  handler: (ctx: ResidentContext, input: z.output<S>) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    try {
      const ctx = await requireResident();
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
