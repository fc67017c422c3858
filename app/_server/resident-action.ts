import type { z } from "zod";
import type { ActionResult } from "@/lib/core/errors";
import type { ResidentContext } from "@/lib/residents/resident-context";
import { entry, signedInResident } from "./entry";

/**
 * A cabinet server action for a signed-in resident: the session's phone is resolved to its client rows before
 * the input is even parsed; the service then checks that the premise in the input is one of the resident's own.
 */
export function residentAction<S extends z.ZodType, T>(
  schema: S,
  handler: (ctx: ResidentContext, input: z.output<S>) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return entry.use(signedInResident).input(schema).action(handler);
}
