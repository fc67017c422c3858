import { ZodError } from "zod";
import { errorFields, log } from "./log";

export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "VALIDATION"
  | "LOCKED"
  | "RATE_LIMITED"
  | "PAYLOAD_TOO_LARGE"
  | "BAD_REQUEST"
  | "INTERNAL";

export const httpStatusFor: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION: 422,
  LOCKED: 423,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  BAD_REQUEST: 400,
  INTERNAL: 500,
};

export type FieldErrors = Record<string, string[]>;

/** An expected failure whose message (in Russian) is safe to show to the user as it is. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return httpStatusFor[this.code];
  }
}

const adjectiveEndings = ["ой", "ый", "ий", "ое", "ее", "ая", "яя"];

/** «не найден», «не найдена» or «не найдено» agreeing with the head noun of `what` (the first word not an adjective). */
function notFoundWord(what: string): string {
  const words = what.toLowerCase().split(/\s+/);
  const noun = words.find((w) => !adjectiveEndings.some((e) => w.endsWith(e))) ?? words[0] ?? "";
  if (/[ая]$/.test(noun) || /ь$/.test(noun)) return "не найдена";
  if (/[оеё]$/.test(noun)) return "не найдено";
  return "не найден";
}

export const notFound = (what = "Запись") => new AppError("NOT_FOUND", `${what} ${notFoundWord(what)}`);
export const forbidden = (message = "Недостаточно прав для этого действия") => new AppError("FORBIDDEN", message);

/** Postgres unique_violation, whether thrown by pg, PGlite or wrapped by Drizzle. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const { code, constraint: name, message } = e as { code?: string; constraint?: string; message?: string };
    if (code === "23505") return !constraint || name === constraint || Boolean(message?.includes(constraint));
  }
  return false;
}

/** What every server action returns: the data, or a failure the form can show (field errors next to fields). */
export type ActionFailure = { ok: false; code: AppErrorCode; message: string; fieldErrors?: FieldErrors; errorId?: string };
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

export function zodFieldErrors(error: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

export const validationFailure = (error: ZodError): ActionFailure => ({
  ok: false,
  code: "VALIDATION",
  message: "Проверьте заполнение полей",
  fieldErrors: zodFieldErrors(error),
});

/**
 * The one mapping of a thrown value to what the caller sees. Expected errors (AppError, zod) keep their Russian
 * message and status. Anything else is our fault: it is logged once with a fresh error id, and the caller gets
 * 500 with that id and no internals, so a support request can be matched to the log line.
 */
export function toActionFailure(error: unknown): ActionFailure {
  if (error instanceof AppError) {
    return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
  }
  if (error instanceof ZodError) return validationFailure(error);
  const errorId = crypto.randomUUID().slice(0, 8);
  log.error("unhandled_error", { errorId, ...errorFields(error) });
  return {
    ok: false,
    code: "INTERNAL",
    message: `Внутренняя ошибка сервера. Попробуйте ещё раз; если повторится, сообщите администратору код ${errorId}`,
    errorId,
  };
}
