import { headers as requestHeaders } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { cache } from "react";
import type { z } from "zod";
import { auth } from "@/auth";
import { assertPermission } from "@/lib/access/assert-permission";
import { loadStaffContext } from "@/lib/access/load-staff-context";
import type { StaffContext } from "@/lib/core/context";
import {
  AppError,
  httpStatusFor,
  toActionFailure,
  validationFailure,
  type ActionFailure,
  type ActionResult,
  type AppErrorCode,
} from "@/lib/core/errors";
import type { Permission } from "@/lib/core/permissions";
import { loadResidentContext } from "@/lib/residents/load-resident-context";
import { withoutControlChars } from "@/lib/core/text";
import type { ResidentContext } from "@/lib/residents/resident-context";
import { clientIp } from "@/lib/core/client-ip";
import { getDb } from "./db";

/**
 * The one entry-point kit. Every server action, route handler and protected page is built here:
 *
 *   entry.use(signedInStaff).use(requirePermission("registry.clients.edit")).input(clientSchema).action(handler)
 *
 * Resolvers run in order before the input is parsed, each turning the previous context into the next one
 * (nothing → employee → employee with a checked permission), so a caller who may not act learns nothing about
 * what valid input looks like. Whatever a resolver or handler throws is mapped to the caller's answer in one
 * place: `toActionFailure` for actions, a FailureResponder for routes, a redirect for pages.
 * The presets in staff-action.ts, resident-action.ts, staff-route.ts, api-key-route.ts, staff-page.ts,
 * resident-page.ts and app/(public)/public-action.ts are one line each on top of it.
 */

/** What a resolver may read about the call: the request headers (of the Request for routes, else next/headers). */
export type Call = { headers: Headers };
export type Resolver<In, Out> = (ctx: In, call: Call) => Out | Promise<Out>;
type AnyResolver = Resolver<unknown, unknown>;

/** Turns a failure into an HTTP answer; a kind of route picks its own (JSON here, problem+json for the REST API). */
/** `error` is what was thrown, for a kind of route (the REST API) whose answer needs more than the failure says. */
export type FailureResponder = (failure: ActionFailure, request: Request, error: unknown) => Response;

/** Staff route handlers (exports, downloads): `{ error, code, fieldErrors?, errorId? }` with the code's status. */
export const jsonFailure = (failure: ActionFailure): Response =>
  Response.json(
    { error: failure.message, code: failure.code, fieldErrors: failure.fieldErrors, errorId: failure.errorId },
    { status: httpStatusFor[failure.code] },
  );

/** What a page does instead of rendering when a resolver refuses with one of these codes. */
export type PageRefusals = Partial<Record<AppErrorCode, () => never>>;

export class EntryPoint<Ctx> {
  private constructor(private readonly chain: readonly AnyResolver[]) {}

  static readonly base = new EntryPoint<undefined>([]);

  /** A new entry point whose context is what `resolver` makes of this one's. */
  use<Next>(resolver: Resolver<Ctx, Next>): EntryPoint<Next> {
    return new EntryPoint<Next>([...this.chain, resolver as AnyResolver]);
  }

  private async resolve(call: Call): Promise<Ctx> {
    let ctx: unknown = undefined;
    for (const resolver of this.chain) ctx = await resolver(ctx, call);
    return ctx as Ctx;
  }

  /** Validates with the same zod schema the form uses; the handler sees only parsed input. */
  input<S extends z.ZodType>(schema: S) {
    return {
      action: <T>(handler: (ctx: Ctx, input: z.output<S>) => Promise<T>) =>
        async (input: z.input<S>): Promise<ActionResult<T>> => {
          try {
            const ctx = await this.resolve({ headers: await requestHeaders() });
            const parsed = schema.safeParse(withoutControlChars(input));
            if (!parsed.success) return validationFailure(parsed.error);
            return { ok: true, data: await handler(ctx, parsed.data) };
          } catch (error) {
            // redirect() and notFound() inside a handler are Next's control flow, not failures.
            unstable_rethrow(error);
            return toActionFailure(error);
          }
        },
    };
  }

  route(
    handler: (ctx: Ctx, request: Request) => Promise<Response>,
    respond: FailureResponder = jsonFailure,
  ): (request: Request) => Promise<Response> {
    return async (request) => {
      try {
        return await handler(await this.resolve({ headers: request.headers }), request);
      } catch (error) {
        unstable_rethrow(error);
        return respond(toActionFailure(error), request, error);
      }
    };
  }

  /** For server components: the context, or the page's answer to a refusal (sign-in redirect, 403 page). */
  async page(refusals: PageRefusals): Promise<Ctx> {
    try {
      return await this.resolve({ headers: await requestHeaders() });
    } catch (error) {
      if (error instanceof AppError) refusals[error.code]?.();
      throw error;
    }
  }
}

export const entry = EntryPoint.base;

/** The caller's address, as every limit, allow-list and audit row must see it. */
export const callerIp = (call: Call) => clientIp(call.headers);

/** Anyone: the handler gets the caller's address and headers (limits per IP, the reset link's origin). */
export const caller: Resolver<unknown, { ip: string | null; headers: Headers }> = (_, call) => ({
  ip: callerIp(call),
  headers: call.headers,
});

// The session and the contexts are resolved once per request: a CRM page's layout and page both ask for the
// employee, and React's cache() (a no-op outside a server render) lets them share one decryption and one load.
// They take no arguments (an empty cache key) and read the address from next/headers, which is the same request
// in pages, actions and route handlers alike.
const session = cache(() => auth());

const staffContext = cache(async (): Promise<StaffContext> => {
  const current = await session();
  if (!current?.employeeId || current.sessionVersion === undefined) {
    throw new AppError("UNAUTHENTICATED", "Войдите в систему");
  }
  const ip = callerIp({ headers: await requestHeaders() });
  return loadStaffContext(await getDb(), { employeeId: current.employeeId, sessionVersion: current.sessionVersion }, ip);
});

/**
 * The signed-in employee, resolved against the database (a block, a role or password change takes effect on
 * the very next request). A resident session has no employeeId and never passes.
 */
export const signedInStaff: Resolver<unknown, StaffContext> = () => staffContext();

/** One permission of the catalogue; null admits any employee. */
export const requirePermission =
  (permission: Permission | null): Resolver<StaffContext, StaffContext> =>
  (ctx) => {
    if (permission) assertPermission(ctx, permission);
    return ctx;
  };

const residentContext = cache(async (): Promise<ResidentContext> => {
  const current = await session();
  if (!current?.residentPhone) throw new AppError("UNAUTHENTICATED", "Войдите в кабинет жителя");
  return loadResidentContext(await getDb(), current.residentPhone, callerIp({ headers: await requestHeaders() }));
});

/**
 * The signed-in resident: only a session made by the "resident" provider carries residentPhone; its client rows
 * are loaded with archived ones dropped and an entirely blocked resident refused.
 */
export const signedInResident: Resolver<unknown, ResidentContext> = () => residentContext();
