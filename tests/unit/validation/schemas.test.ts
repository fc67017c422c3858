import { describe, it, expect } from "vitest";
import type { z } from "zod";

import {
  bankDetailsSchema,
  bikSchema,
  elsSchema,
  emailSchema,
  innSchema,
  kppSchema,
  legalInnSchema,
  ogrnSchema,
  optionalText,
  phoneSchema,
  snilsSchema,
} from "@/lib/validation/schemas";

/** Messages of a failed parse, to assert that exactly one precise problem is reported. */
function messages(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

function issuesByPath(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  const byPath: Record<string, string[]> = {};
  if (result.success) return byPath;
  for (const issue of result.error.issues) {
    const key = issue.path.join(".");
    (byPath[key] ??= []).push(issue.message);
  }
  return byPath;
}

describe("innSchema", () => {
  it("accepts and trims valid 10- and 12-digit ИНН", () => {
    expect(innSchema.parse(" 7707083893 ")).toBe("7707083893");
    expect(innSchema.parse("500100732259")).toBe("500100732259");
  });

  it("distinguishes missing, length and checksum problems", () => {
    expect(messages(innSchema, "")).toEqual(["Укажите ИНН"]);
    expect(messages(innSchema, "   ")).toEqual(["Укажите ИНН"]);
    expect(messages(innSchema, undefined)).toEqual(["Укажите ИНН"]);
    expect(messages(innSchema, "77070838")).toEqual(["ИНН должен содержать 10 или 12 цифр"]);
    expect(messages(innSchema, "770708389a")).toEqual(["ИНН должен содержать 10 или 12 цифр"]);
    expect(messages(innSchema, "7707083894")).toEqual(["Неверный ИНН: не сходится контрольное число"]);
  });
});

describe("legalInnSchema", () => {
  it("accepts only 10-digit ИНН", () => {
    expect(legalInnSchema.parse("7707083893")).toBe("7707083893");
    expect(messages(legalInnSchema, "500100732259")).toEqual(["ИНН организации должен содержать 10 цифр"]);
    expect(messages(legalInnSchema, "7707083894")).toEqual(["Неверный ИНН: не сходится контрольное число"]);
  });
});

describe("kppSchema", () => {
  it("accepts a valid КПП and reports length and format separately", () => {
    expect(kppSchema.parse("773601001")).toBe("773601001");
    expect(messages(kppSchema, "77360100")).toEqual(["КПП должен содержать 9 символов"]);
    expect(messages(kppSchema, "77360100A")).toEqual([
      "Неверный КПП: допустимы цифры, а в 5–6 позициях также латинские заглавные буквы",
    ]);
  });
});

describe("ogrnSchema", () => {
  it("accepts a valid ОГРН and reports length and checksum separately", () => {
    expect(ogrnSchema.parse("1027700132195")).toBe("1027700132195");
    expect(messages(ogrnSchema, "102770013219")).toEqual(["ОГРН должен содержать 13 цифр"]);
    expect(messages(ogrnSchema, "1027700132196")).toEqual(["Неверный ОГРН: не сходится контрольное число"]);
  });
});

describe("bikSchema", () => {
  it("accepts a valid БИК and reports length and prefix separately", () => {
    expect(bikSchema.parse("044525225")).toBe("044525225");
    expect(messages(bikSchema, "04452522")).toEqual(["БИК должен содержать 9 цифр"]);
    expect(messages(bikSchema, "004525988")).toEqual(["Неверный БИК: БИК российского банка начинается с 04"]);
  });
});

describe("phoneSchema", () => {
  it("transforms to E.164", () => {
    expect(phoneSchema.parse("8 (912) 345-67-89")).toBe("+79123456789");
  });

  it("rejects with the format hint", () => {
    expect(messages(phoneSchema, "12345")).toEqual(["Введите телефон в формате +7XXXXXXXXXX"]);
    expect(messages(phoneSchema, "+1 212 555 0100")).toEqual(["Введите телефон в формате +7XXXXXXXXXX"]);
    expect(messages(phoneSchema, "")).toEqual(["Укажите телефон"]);
  });
});

describe("emailSchema", () => {
  it("trims and lower-cases", () => {
    expect(emailSchema.parse("  Ivan.Petrov@Example.RU ")).toBe("ivan.petrov@example.ru");
  });

  it("rejects malformed and empty addresses", () => {
    expect(messages(emailSchema, "ivan@")).toEqual(["Введите корректный email"]);
    expect(messages(emailSchema, "ivan petrov@example.ru")).toEqual(["Введите корректный email"]);
    expect(messages(emailSchema, " ")).toEqual(["Укажите email"]);
  });
});

describe("snilsSchema", () => {
  it("returns 11 digits without separators", () => {
    expect(snilsSchema.parse("112-233-445 95")).toBe("11223344595");
  });

  it("reports length and checksum separately", () => {
    expect(messages(snilsSchema, "112-233-445 9")).toEqual(["СНИЛС должен содержать 11 цифр"]);
    expect(messages(snilsSchema, "112-233-445 96")).toEqual(["Неверный СНИЛС: не сходится контрольное число"]);
    expect(messages(snilsSchema, "")).toEqual(["Укажите СНИЛС"]);
  });
});

describe("elsSchema", () => {
  it("upper-cases a valid ЕЛС and rejects a malformed one", () => {
    expect(elsSchema.parse("12аб345678")).toBe("12АБ345678");
    expect(messages(elsSchema, "12АБ34567")).toEqual([
      "ЕЛС должен состоять из 10 символов: 2 цифры, 2 буквы, 6 цифр",
    ]);
  });
});

describe("bankDetailsSchema", () => {
  const valid = {
    bankName: "ПАО Сбербанк",
    bik: "044525225",
    settlementAccount: "40703810500000000001",
    correspondentAccount: "30101810400000000225",
  };

  it("accepts matching details and trims them", () => {
    expect(bankDetailsSchema.parse({ ...valid, bik: " 044525225 " })).toEqual(valid);
  });

  it("puts checksum errors on the account fields", () => {
    expect(
      issuesByPath(bankDetailsSchema, {
        ...valid,
        settlementAccount: "40703810500000000002",
        correspondentAccount: "30101810400000000226",
      }),
    ).toEqual({
      settlementAccount: ["Неверный расчётный счёт: контрольная сумма не сходится с БИК"],
      correspondentAccount: ["Неверный корреспондентский счёт: контрольная сумма не сходится с БИК"],
    });
  });

  it("flags both accounts when the БИК belongs to a bank in another region", () => {
    const byPath = issuesByPath(bankDetailsSchema, { ...valid, bik: "044030653" });
    expect(Object.keys(byPath).sort()).toEqual(["correspondentAccount", "settlementAccount"]);
  });

  it("reports length instead of checksum for short accounts, alongside other fields' errors", () => {
    expect(
      issuesByPath(bankDetailsSchema, {
        ...valid,
        bankName: "",
        settlementAccount: "4070381050000000000",
        correspondentAccount: "30101810400000000226",
      }),
    ).toEqual({
      bankName: ["Укажите наименование банка"],
      settlementAccount: ["Расчётный счёт должен содержать 20 цифр"],
      correspondentAccount: ["Неверный корреспондентский счёт: контрольная сумма не сходится с БИК"],
    });
  });

  it("does not check accounts against an invalid БИК", () => {
    expect(issuesByPath(bankDetailsSchema, { ...valid, bik: "04452522" })).toEqual({
      bik: ["БИК должен содержать 9 цифр"],
    });
  });

  it("rejects a non-object without throwing", () => {
    expect(bankDetailsSchema.safeParse(null).success).toBe(false);
  });
});

describe("optionalText", () => {
  const optionalInn = optionalText(innSchema);

  it("treats blank and missing values as absent", () => {
    expect(optionalInn.parse("")).toBeUndefined();
    expect(optionalInn.parse("   ")).toBeUndefined();
    expect(optionalInn.parse(undefined)).toBeUndefined();
    expect(optionalInn.parse(null)).toBeUndefined();
  });

  it("validates and transforms present values with the wrapped schema", () => {
    expect(optionalInn.parse("7707083893")).toBe("7707083893");
    expect(messages(optionalInn, "7707083894")).toEqual(["Неверный ИНН: не сходится контрольное число"]);
    expect(optionalText(phoneSchema).parse("89123456789")).toBe("+79123456789");
  });
});
