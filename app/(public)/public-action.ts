import { headers } from "next/headers";
import type { z } from "zod";
import { clientIp } from "@/app/_server/client-ip";
import { toActionFailure, zodFieldErrors, type ActionResult } from "@/app/_server/action-result";

type Request = { ip: string | null; headers: Headers };

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
      const h = await headers();
      return { ok: true, data: await handler(parsed.data, { ip: clientIp(h), headers: h }) };
    } catch (error) {
      return toActionFailure(error);
    }
  };
}
