import { describe, expect, it } from "vitest";
import { placeFailure } from "@/components/forms/place-failure";

const shown = (...names: string[]) => (field: string) => names.includes(field);

describe("placeFailure: each message of a failed action shown once", () => {
  it("puts a field's message beside the field and no banner repeating it", () => {
    const failure = {
      ok: false as const,
      code: "CONFLICT" as const,
      message: "Организация с ИНН 7701000001 уже зарегистрирована",
      fieldErrors: { inn: ["Организация с таким ИНН уже зарегистрирована"] },
    };
    expect(placeFailure(failure, shown("inn", "name"))).toEqual({
      fields: [["inn", "Организация с таким ИНН уже зарегистрирована"]],
      root: null,
    });
  });

  it("keeps the generic «Проверьте заполнение полей» off a form whose fields are marked", () => {
    const failure = { ok: false as const, code: "VALIDATION" as const, message: "Проверьте заполнение полей", fieldErrors: { floor: ["Этаж от −5 до 200"], name: ["Укажите название", "Слишком длинно"] } };
    expect(placeFailure(failure, shown("floor", "name"))).toEqual({
      fields: [
        ["floor", "Этаж от −5 до 200"],
        ["name", "Укажите название"],
      ],
      root: null,
    });
  });

  it("shows a message about a field the form lacks, or about the whole input, once above the button", () => {
    const failure = { ok: false as const, code: "VALIDATION" as const, message: "Проверьте заполнение полей", fieldErrors: { _: ["Нужен хотя бы один дом"], hidden: ["Нужен хотя бы один дом"] } };
    expect(placeFailure(failure, shown("name"))).toEqual({ fields: [], root: "Нужен хотя бы один дом" });
  });

  it("falls back to the failure's message when no field explains it", () => {
    const failure = { ok: false as const, code: "BAD_REQUEST" as const, message: "Неверный код" };
    expect(placeFailure(failure, shown("code"))).toEqual({ fields: [], root: "Неверный код" });
  });
});
