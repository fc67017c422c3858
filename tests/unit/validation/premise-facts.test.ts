import { describe, expect, it } from "vitest";
import { accountSchema } from "@/lib/registry/accounts/account-schema";
import { premiseSchema } from "@/lib/registry/premises/premise-schema";
import { areaInputText, premiseNumberKey } from "@/lib/validation/premise-facts";

const base = { buildingId: "5f0c1a34-7a0e-4a55-9f43-4b1e2b6f8a10", type: "flat", number: "12" };
const firstIssue = (input: object) => premiseSchema.safeParse({ ...base, ...input }).error?.issues[0]?.message;

describe("premise facts a real building has", () => {
  it("floor is a whole number from -5 to 200", () => {
    expect(firstIssue({ floor: "-1000" })).toBe("Этаж: целое число от -5 до 200");
    expect(firstIssue({ floor: "201" })).toBe("Этаж: целое число от -5 до 200");
    expect(firstIssue({ floor: "третий" })).toBe("Этаж: целое число от -5 до 200");
    expect(premiseSchema.parse({ ...base, floor: "-2" }).floor).toBe("-2");
    expect(premiseSchema.parse({ ...base, floor: 25 }).floor).toBe("25");
  });

  it("entrance is a number, a number with a letter, or one letter", () => {
    expect(firstIssue({ entrance: "abc" })).toBe("Подъезд: номер (например 2 или 2А) или одна буква");
    expect(firstIssue({ entrance: "1234" })).toBeDefined();
    expect(premiseSchema.parse({ ...base, entrance: "2а" }).entrance).toBe("2А");
    expect(premiseSchema.parse({ ...base, entrance: "Б" }).entrance).toBe("Б");
  });

  it("areas: a ceiling with its own message, apart from the decimals one", () => {
    expect(firstIssue({ totalArea: "99999999999" })).toMatch(/^Общая площадь: не больше 100\s000 м²$/);
    expect(firstIssue({ totalArea: "42,961" })).toBe("Общая площадь: не больше двух знаков после запятой");
    expect(firstIssue({ totalArea: "0" })).toBe("Общая площадь: укажите число больше нуля");
    expect(firstIssue({ totalArea: "сорок" })).toBe("Общая площадь: укажите число, например 54,3");
    expect(premiseSchema.parse({ ...base, totalArea: "1 042,96", livingArea: "1020.5" })).toMatchObject({ totalArea: "1042.96", livingArea: "1020.50" });
  });

  it("premise numbers: letters, digits and a few separators", () => {
    expect(firstIssue({ number: "12;drop" })).toBe("Номер: только буквы, цифры, пробел, точка, дефис и косая черта");
    expect(premiseSchema.parse({ ...base, number: "12/1" }).number).toBe("12/1");
    expect(premiseSchema.parse({ ...base, number: " П-3 " }).number).toBe("П-3");
  });

  it("account numbers: letters, digits, hyphen and slash", () => {
    const account = (number: string) => accountSchema.safeParse({ premiseId: base.buildingId, number });
    expect(account("ЛС/№;drop").error?.issues[0]?.message).toBe("Номер лицевого счёта: только буквы, цифры, дефис и косая черта");
    expect(account("1".repeat(31)).error?.issues[0]?.message).toBe("Номер лицевого счёта: не длиннее 30 символов");
    expect(account("ЛС-100/2").data?.number).toBe("ЛС-100/2");
  });

  it("premise number key ignores case, spaces and leading zeros only", () => {
    expect(premiseNumberKey("01")).toBe("1");
    expect(premiseNumberKey("Кв 007А")).toBe("кв7а");
    expect(premiseNumberKey("12/01")).toBe("12/1");
    expect(premiseNumberKey("10")).toBe("10");
    expect(premiseNumberKey("0")).toBe("0");
  });

  it("areas go back to the form the Russian way and read back the same", () => {
    expect(areaInputText("42.96")).toBe("42,96");
    expect(areaInputText("54.30")).toBe("54,3");
    expect(areaInputText("70.00")).toBe("70");
    expect(areaInputText("100.00")).toBe("100");
    expect(areaInputText("100")).toBe("100");
    expect(areaInputText(null)).toBe("");
    expect(premiseSchema.parse({ ...base, totalArea: areaInputText("42.96") }).totalArea).toBe("42.96");
  });
});
