export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "VALIDATION"
  | "LOCKED"
  | "RATE_LIMITED"
  | "BAD_REQUEST";

export const httpStatusFor: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION: 422,
  LOCKED: 423,
  RATE_LIMITED: 429,
  BAD_REQUEST: 400,
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

export const notFound = (what = "Запись") => new AppError("NOT_FOUND", `${what} не найдена`);
export const forbidden = (message = "Недостаточно прав для этого действия") => new AppError("FORBIDDEN", message);
