import { headers } from "next/headers";
import type { z } from "zod";
import { clientIp } from "@/lib/core/client-ip";
import { toActionFailure, zodFieldErrors, type ActionResult } from "@/app/_server/action-result";

/** Only the address: links in emails come from the configured origin, so handlers get no request headers. */
type Request = { ip: string | null };

/**
 * Server actions open to anyone (sign-up, password reset): validate with the form's schema, hand the handler
 * the caller's address, and turn expected errors into the same ActionResult staff actions return.
 */
export function publicAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, request: Request) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, code: "VALIDATION", message: "Проверьте заполнение полей", fieldErrors: zodFieldErrors(parsed.error) };
    }
    try {
      return { ok: true, data: await handler(parsed.data, { ip: clientIp(await headers()) }) };
    } catch (error) {
      return toActionFailure(error);
    }
  };
}
