import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { clientSchema, clientUpdateSchema } from "@/lib/registry/clients/client-schema";

function errors(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  const byPath: Record<string, string[]> = {};
  if (result.success) return byPath;
  for (const issue of result.error.issues) (byPath[issue.path.join(".")] ??= []).push(issue.message);
  return byPath;
}

describe("clientSchema", () => {
  it("keeps the three parts of a person's name and normalises phone, email, СНИЛС", () => {
    const data = clientSchema.parse({
      lastName: " Иванов ",
      firstName: "Иван",
      middleName: "Иванович",
      phone: "8 (912) 345-67-89",
      email: "Ivan@Mail.RU",
      snils: "112-233-445 95",
      inn: "",
      gender: "",
      birthDate: "",
    });
    expect(data).toMatchObject({
      type: "individual",
      status: "active",
      lastName: "Иванов",
      firstName: "Иван",
      middleName: "Иванович",
      phone: "+79123456789",
      email: "ivan@mail.ru",
      snils: "11223344595",
      inn: null,
      gender: null,
      birthDate: null,
    });
  });

  it("allows letters only in a person's name", () => {
    expect(errors(clientSchema, { lastName: "Иванов2", firstName: "Ив@н" })).toEqual({
      lastName: ["Фамилия: только буквы, пробел и дефис"],
      firstName: ["Имя: только буквы, пробел и дефис"],
    });
    expect(clientSchema.safeParse({ lastName: "Салтыков-Щедрин", firstName: "Михаил" }).success).toBe(true);
  });

  it("puts a company's name into the last name, quotes and digits allowed, dots in the other parts dropped", () => {
    const data = clientSchema.parse({ type: "legal_entity", lastName: "ООО «Лютик-2»", firstName: ".", middleName: "." });
    expect(data).toMatchObject({ lastName: "ООО «Лютик-2»", firstName: null, middleName: null });
    expect(errors(clientSchema, { type: "legal_entity", phone: "+79123456789" })).toEqual({ lastName: ["Укажите наименование"] });
  });

  it("needs a name or at least a phone", () => {
    expect(errors(clientSchema, {})).toEqual({ lastName: ["Укажите фамилию или телефон"] });
    expect(clientSchema.safeParse({ phone: "+79123456789" }).success).toBe(true);
  });

  it("checks ИНН and СНИЛС check digits and refuses a birth date in the future", () => {
    const tomorrow = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    expect(errors(clientSchema, { lastName: "Петров", inn: "7707083890", snils: "112-233-445 00", birthDate: tomorrow })).toEqual({
      inn: ["Неверный ИНН: не сходится контрольное число"],
      snils: ["Неверный СНИЛС: не сходится контрольное число"],
      birthDate: ["Дата рождения не может быть в будущем"],
    });
  });

  it("reports every problem at once, the name rules included", () => {
    expect(Object.keys(errors(clientUpdateSchema, { id: "x", lastName: "R2D2", phone: "123" })).sort()).toEqual(["id", "lastName", "phone"]);
  });
});

describe("requisites per client type", () => {
  it("an entrepreneur registers with a 12-digit ИНН and a 15-digit ОГРНИП, and has no КПП", () => {
    const base = { type: "sole_proprietor", lastName: "Иванов", firstName: "Иван" };
    expect(clientSchema.safeParse({ ...base, inn: "500100732259", ogrn: "304500116000157" }).success).toBe(true);
    expect(errors(clientSchema, { ...base, ogrn: "1027700132195", kpp: "773601001" })).toMatchObject({ ogrn: ["ОГРНИП содержит 15 цифр"], kpp: ["КПП есть только у организаций"] });
  });

  it("a company's ОГРН has 13 digits and a valid check digit", () => {
    const base = { type: "legal_entity", lastName: "ООО «Лютик»" };
    expect(errors(clientSchema, { ...base, ogrn: "1027700132194" })).toMatchObject({ ogrn: ["Неверный ОГРН: не сходится контрольное число"] });
    expect(errors(clientSchema, { ...base, ogrn: "304500116000157" })).toMatchObject({ ogrn: ["ОГРН организации содержит 13 цифр"] });
  });
});
