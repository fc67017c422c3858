import { describe, expect, it } from "vitest";
import { AppError, notFound } from "@/lib/core/errors";

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
