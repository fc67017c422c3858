import type { z } from "zod";
import { caller, entry } from "@/app/_server/entry";
import type { ActionResult } from "@/lib/core/errors";

/**
 * Server actions open to anyone (sign-up, password reset): validate with the form's schema, hand the handler
 * the caller's address, and turn expected errors into the same ActionResult staff actions return.
 */
export function publicAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, request: { ip: string | null; headers: Headers }) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return entry
    .use(caller)
    .input(schema)
    .action((request, input) => handler(input, request));
}
