import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, httpStatusFor, notFound, toActionFailure } from "@/lib/core/errors";
import { setLogSink, type LogLine } from "@/lib/core/log";

describe("not-found messages", () => {
  it("agree with the noun they name", () => {
    expect(notFound("Объект").message).toBe("Объект не найден");
    expect(notFound("Группа объектов").message).toBe("Группа объектов не найдена");
    expect(notFound("Юридическое лицо").message).toBe("Юридическое лицо не найдено");
    expect(notFound("Лицевой счёт").message).toBe("Лицевой счёт не найден");
    expect(notFound("Помещение").message).toBe("Помещение не найдено");
    expect(notFound("Роль").message).toBe("Роль не найдена");
    expect(notFound().message).toBe("Запись не найдена");
  });

  it("map to HTTP 404", () => {
    expect(notFound("Файл")).toBeInstanceOf(AppError);
    expect(notFound("Файл").status).toBe(404);
  });
});

describe("the failure mapping", () => {
  it("answers a real server fault with 500, a Russian message and an error id that is in the log", () => {
    const lines: LogLine[] = [];
    const previous = setLogSink((line) => lines.push(line));
    try {
      const failure = toActionFailure(new TypeError("cannot read properties of undefined"));
      expect(failure.code).toBe("INTERNAL");
      expect(httpStatusFor[failure.code]).toBe(500);
      expect(failure.errorId).toMatch(/^[0-9a-f]{8}$/);
      expect(failure.message).toContain(failure.errorId);
      expect(failure.message).toMatch(/^Внутренняя ошибка сервера/);
      expect(failure.message).not.toContain("cannot read");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ level: "error", event: "unhandled_error", errorId: failure.errorId });
      expect(JSON.stringify(lines[0])).toContain("cannot read properties of undefined");
    } finally {
      setLogSink(previous);
    }
  });

  it("keeps expected refusals and validation errors as they are, without logging them", () => {
    const lines: LogLine[] = [];
    const previous = setLogSink((line) => lines.push(line));
    try {
      expect(toActionFailure(notFound("Объект"))).toEqual({ ok: false, code: "NOT_FOUND", message: "Объект не найден", fieldErrors: undefined });
      const zod = z.object({ inn: z.string().min(10, "Короткий ИНН") }).safeParse({ inn: "1" });
      expect(toActionFailure(zod.error)).toMatchObject({ code: "VALIDATION", fieldErrors: { inn: ["Короткий ИНН"] } });
      expect(lines).toEqual([]);
    } finally {
      setLogSink(previous);
    }
  });
});
