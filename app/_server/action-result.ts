import { ZodError } from "zod";
import { AppError, type AppErrorCode, type FieldErrors } from "@/lib/core/errors";

export type ActionFailure = { ok: false; code: AppErrorCode; message: string; fieldErrors?: FieldErrors };
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

export function zodFieldErrors(error: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** Expected errors keep their Russian message; anything else is logged and shown generically. */
export function toActionFailure(error: unknown): ActionFailure {
  if (error instanceof AppError) {
    return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
  }
  if (error instanceof ZodError) {
    return { ok: false, code: "VALIDATION", message: "Проверьте заполнение полей", fieldErrors: zodFieldErrors(error) };
  }
  console.error(error);
  return { ok: false, code: "BAD_REQUEST", message: "Не удалось выполнить действие. Попробуйте ещё раз" };
}
