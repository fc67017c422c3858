export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "VALIDATION"
  | "LOCKED"
  | "RATE_LIMITED"
  | "PAYLOAD_TOO_LARGE"
  | "BAD_REQUEST";

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
