import { describe, expect, it } from "vitest";
import type { z } from "zod";
import type { ColumnSpec, SourceRow } from "@/lib/exchange/columns";
import { accountsCsvColumns, debtCsvColumns } from "@/lib/exchange/csv/csv-columns";
import { accountsCsvRowSchema, debtCsvRowSchema } from "@/lib/exchange/csv/csv-row-schemas";
import { validateRows, type ValidRow } from "@/lib/exchange/validate-rows";
import { registryColumns, type RegistryColumnKey } from "@/lib/exchange/xlsx/registry-columns";
import { registryRowSchema } from "@/lib/exchange/xlsx/registry-row-schema";

const header: SourceRow = { line: 1, cells: registryColumns.map((c) => c.header) };
const row = (line: number, values: Partial<Record<RegistryColumnKey, string>>): SourceRow => ({
  line,
  cells: registryColumns.map((c) => values[c.key] ?? ""),
});
const flat = { building: "ул. Ленина, д. 5", premiseType: "Квартира", number: "12" };
/** validateRows with the good rows gathered, as the tests want to look at them. */
async function check<K extends string, S extends z.ZodType>(rows: SourceRow[], specs: readonly ColumnSpec<K>[], schema: S) {
  const valid: ValidRow<z.output<S>>[] = [];
  const { issues } = await validateRows(rows, specs, schema, (row) => valid.push(row));
  return { rows: valid, issues: issues.first };
}
const checkRegistry = (...rows: SourceRow[]) => check([header, ...rows], registryColumns, registryRowSchema);

describe("Excel registry rows", () => {
  it("accepts a full row and normalises it", async () => {
    const { rows, issues } = await checkRegistry(
      row(2, { ...flat, totalArea: "54,3", livingArea: "30", rooms: "2", accountNumber: "100", els: "12ab345678", legalEntityInn: "7707083893", lastName: "Иванов", firstName: "Иван", phone: "8 (916) 111-22-33", email: "Ivanov@Mail.RU", basis: "Собственник", share: "0,5" }),
    );
    expect(issues).toEqual([]);
    expect(rows[0]?.data).toMatchObject({
      premise: { type: "flat", number: "12", totalArea: "54.30", livingArea: "30.00", rooms: 2 },
      account: { number: "100", els: "12AB345678", legalEntityInn: "7707083893" },
      client: { type: "individual", lastName: "Иванов", phone: "+79161112233", email: "ivanov@mail.ru", basis: "owner", share: "0.5" },
    });
  });

  it("treats an owner with only a last name (or dots) as an organisation", async () => {
    const { rows } = await checkRegistry(row(2, { ...flat, lastName: 'ООО "Лютик"', firstName: ".", middleName: "." }));
    expect(rows[0]?.data.client).toMatchObject({ type: "legal_entity", lastName: 'ООО "Лютик"', firstName: undefined, middleName: undefined });
  });

  it("skips a completely empty row but checks a row with anything in it", async () => {
    const { rows, issues } = await checkRegistry(row(2, {}), row(3, { floor: "2" }));
    expect(rows).toEqual([]);
    expect(issues).toEqual([
      { line: 3, column: "Объект (адрес или внешний ID)", message: "Не указан объект" },
      { line: 3, column: "Тип помещения", message: "Не указан тип помещения" },
      { line: 3, column: "Номер помещения", message: "Не указан номер помещения" },
    ]);
  });

  it("explains every wrong value in Russian, naming the column", async () => {
    const { issues } = await checkRegistry(
      row(2, { ...flat, premiseType: "вилла", totalArea: "-5", rooms: "2,5", els: "123", legalEntityInn: "7707083890", phone: "+1 212 555 0000", email: "нет", basis: "сосед" }),
    );
    expect(issues.map((i) => [i.column, i.message])).toEqual([
      ["Тип помещения", "Неизвестный тип помещения «вилла»"],
      ["Общая площадь, м²", "Общая площадь: укажите число, например 54,3"],
      ["Количество комнат", "Количество комнат: целое число от 0 до 100"],
      ["ЕЛС", "ЕЛС должен состоять из 10 символов: 2 цифры, 2 буквы, 6 цифр"],
      ["ИНН юрлица", "Неверный ИНН: не сходится контрольное число"],
      ["Телефон", "Введите телефон в формате +7XXXXXXXXXX"],
      ["Email", "Введите корректный email"],
      ["Основание", "Неизвестное основание «сосед»: укажите собственник, житель, представитель или арендатор"],
    ]);
  });

  it("checks values against each other", async () => {
    const { issues } = await checkRegistry(
      row(2, { ...flat, totalArea: "40", livingArea: "45" }),
      row(3, { ...flat, els: "12АБ345678" }),
      row(4, { ...flat, phone: "+79161112233" }),
      row(5, { ...flat, lastName: "Иванов", firstName: "Иван", basis: "житель", share: "1/2" }),
      row(6, { ...flat, lastName: "Иванов2", firstName: "Иван" }),
    );
    expect(issues.map((i) => [i.line, i.column, i.message])).toEqual([
      [2, "Жилая площадь, м²", "Жилая площадь больше общей"],
      [3, "ЕЛС", "ЕЛС указан без номера лицевого счёта"],
      [4, "Фамилия (или название организации)", "Не указана фамилия клиента (для организации — её название)"],
      [5, "Доля в собственности", "Доля указывается только для собственника"],
      [6, "Фамилия (или название организации)", "Фамилия: только буквы, пробел и дефис"],
    ]);
  });

  it("names every missing column and finds the others in any order", async () => {
    const shuffled = [...registryColumns].reverse().filter((c) => c.key !== "phone" && c.key !== "share");
    const { issues } = await check([{ line: 1, cells: shuffled.map((c) => c.header.toUpperCase()) }], registryColumns, registryRowSchema);
    expect(issues.map((i) => i.message)).toEqual(["В файле нет колонки «Телефон»", "В файле нет колонки «Доля в собственности»"]);
  });
});

describe("CSV rows", () => {
  it("accepts the seed's account columns under their usual spellings", async () => {
    const { rows, issues } = await check(
      [
        { line: 1, cells: ["Л/С", "Баланс", "Фамилия", "Имя", "Отчество", "Квартира"] },
        { line: 2, cells: ["100", "1 234,56", "Иванов Иван Иванович", "", "", "5"] },
      ],
      accountsCsvColumns,
      accountsCsvRowSchema,
    );
    expect(issues).toEqual([]);
    expect(rows[0]?.data).toMatchObject({ account: "100", balance: 123456n, type: "legal_entity", flat: "5" });
  });

  it("reports missing required cells and bad amounts", async () => {
    const { issues } = await check(
      [
        { line: 1, cells: ["Л.С", "Баланс", "Фамилия", "Квартира"] },
        { line: 2, cells: ["", "12 руб", "", ""] },
      ],
      accountsCsvColumns,
      accountsCsvRowSchema,
    );
    expect(issues).toEqual([
      { line: 2, column: "Л.С", message: "Не указан номер лицевого счёта" },
      { line: 2, column: "Баланс", message: "Баланс: укажите сумму в рублях, например 1 234,56 или -100.5" },
      { line: 2, column: "Фамилия", message: "Не указана фамилия (для организации — её название)" },
      { line: 2, column: "Квартира", message: "Не указан номер квартиры" },
    ]);
  });

  it("needs both columns of the debt file", async () => {
    const { issues } = await check([{ line: 1, cells: ["Л.С", "Долг"] }], debtCsvColumns, debtCsvRowSchema);
    expect(issues).toEqual([{ line: null, column: "Баланс", message: "В файле нет колонки «Баланс»" }]);
  });

  it("reads a negative balance as an overpayment", async () => {
    const { rows } = await check([{ line: 1, cells: ["Л.С", "Баланс"] }, { line: 2, cells: ["7", "-100.5"] }], debtCsvColumns, debtCsvRowSchema);
    expect(rows[0]?.data.balance).toBe(-10050n);
  });
});
