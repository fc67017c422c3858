import { ZodError, type z } from "zod";
import { AppError, httpStatusFor, toActionFailure, type ActionFailure } from "@/lib/core/errors";

/** One thing wrong with a request: which item (`index`, its `externalId`), which field, and why, in Russian. */
export type ProblemError = { index: number | null; externalId: string | null; field: string | null; message: string };

/** RFC 9457 problem details, the body of every REST API error. */
export type Problem = { type: string; title: string; status: number; detail: string; errors: ProblemError[]; errorId?: string };

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** Per status: the stable `type` an integration branches on, and its Russian title. */
export const problemKinds: Record<number, { slug: string; title: string }> = {
  400: { slug: "bad-request", title: "Неверный запрос" },
  401: { slug: "unauthenticated", title: "Нужен действующий API-ключ" },
  403: { slug: "forbidden", title: "Недостаточно прав" },
  404: { slug: "not-found", title: "Не найдено" },
  409: { slug: "conflict", title: "Конфликт с текущими данными" },
  413: { slug: "payload-too-large", title: "Слишком большой запрос" },
  415: { slug: "unsupported-media-type", title: "Неверный тип содержимого" },
  422: { slug: "validation", title: "Ошибки в данных" },
  423: { slug: "locked", title: "Заблокировано" },
  429: { slug: "rate-limited", title: "Слишком много запросов" },
  500: { slug: "internal", title: "Внутренняя ошибка сервера" },
};

const problemType = (status: number) => `urn:domkom:problem:${problemKinds[status]?.slug ?? "internal"}`;

export function problemBody(status: number, detail: string, errors: ProblemError[] = [], errorId?: string): Problem {
  const title = problemKinds[status]?.title ?? problemKinds[500]!.title;
  return { type: problemType(status), title, status, detail, errors, ...(errorId ? { errorId } : {}) };
}

export function problemResponse(status: number, detail: string, errors: ProblemError[] = [], errorId?: string): Response {
  return new Response(JSON.stringify(problemBody(status, detail, errors, errorId)), {
    status,
    headers: { "content-type": PROBLEM_CONTENT_TYPE },
  });
}

/** zod issues as problem errors; an unknown key becomes its own error naming the field. */
export function zodProblemErrors(issues: readonly z.core.$ZodIssue[], item: { index: number | null; externalId: string | null } = { index: null, externalId: null }): ProblemError[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ ...item, field: [...path, key].join("."), message: `Неизвестное поле «${key}»` }));
    }
    return [{ ...item, field: path.join(".") || null, message: issue.message }];
  });
}

/**
 * The answer to a failed API request: our own errors with their status and Russian message, zod's as 422, anything
 * else as 500 with the id that `toActionFailure` wrote to the server log, so support can find it without the caller
 * seeing internals. `failure` is that mapping when the entry-point kit has already made it.
 */
export function problemFromError(error: unknown, failure: ActionFailure = toActionFailure(error)): Response {
  if (error instanceof AppError) {
    const errors = Object.entries(error.fieldErrors ?? {}).flatMap(([field, messages]) =>
      messages.map((message) => ({ index: null, externalId: null, field, message })),
    );
    return problemResponse(httpStatusFor[error.code], error.message, errors);
  }
  if (error instanceof ZodError) return problemResponse(422, "Проверьте параметры запроса", zodProblemErrors(error.issues));
  return problemResponse(500, `Не удалось выполнить запрос. Сообщите в поддержку код ошибки ${failure.errorId}`, [], failure.errorId);
}
