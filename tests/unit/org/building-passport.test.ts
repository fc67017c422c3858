import { describe, expect, it } from "vitest";
import { buildingSchema } from "@/lib/org/building-schema";

const address = { city: "Москва", street: "ул. Ленина", house: "5" };
const parse = (passport: Record<string, unknown>) => buildingSchema.safeParse({ ...address, ...passport });
const messages = (passport: Record<string, unknown>) => parse(passport).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

describe("the building passport", () => {
  it("keeps what a real house has, with areas written the Russian way", () => {
    const result = parse({
      yearBuilt: "1978",
      floors: "9",
      entrances: "4",
      totalArea: "12 345,6",
      livingArea: "9800,25",
      nonResidentialArea: "0",
      cadastralNumber: "77:01:0001001:1234",
      fiasCode: "0C5B2444-70A0-4932-980C-B4DC0D3F02B5",
      gisHousingCode: "",
      managementStartDate: "2015-04-01",
    });
    expect(result.data).toMatchObject({
      yearBuilt: 1978,
      floors: 9,
      entrances: 4,
      totalArea: "12345.6",
      livingArea: "9800.25",
      nonResidentialArea: "0",
      cadastralNumber: "77:01:0001001:1234",
      fiasCode: "0c5b2444-70a0-4932-980c-b4dc0d3f02b5",
      gisHousingCode: null,
      managementStartDate: "2015-04-01",
    });
  });

  it("leaves every field optional", () => {
    expect(parse({}).data).toMatchObject({ yearBuilt: null, floors: null, totalArea: null, cadastralNumber: null, managementStartDate: null });
  });

  it("refuses values no building has, each beside its field", () => {
    expect(messages({ floors: "-1", entrances: "abc", yearBuilt: "1200" })).toEqual([
      `yearBuilt: Год постройки: целое число от 1700 до ${new Date().getFullYear() + 5}`,
      "floors: Этажность: целое число от 1 до 150",
      "entrances: Подъездов: целое число от 0 до 100",
    ]);
    expect(messages({ totalArea: "99999999999" })).toEqual(["totalArea: Общая площадь: от 0,01 до 9 999 999,99 м²"]);
    expect(messages({ totalArea: "10,123" })).toEqual(["totalArea: Общая площадь: не больше двух знаков после запятой"]);
    expect(messages({ cadastralNumber: "77-01-1" })).toEqual(["cadastralNumber: Кадастровый номер в формате 77:01:0001001:1234"]);
    expect(messages({ fiasCode: "не гуид" })[0]).toContain("Код ФИАС (ГАР)");
    expect(messages({ managementStartDate: "2015-02-30" })).toEqual(["managementStartDate: Дата начала управления: укажите дату"]);
  });

  it("refuses living and non-residential areas larger than the whole", () => {
    expect(messages({ totalArea: "100", livingArea: "120" })).toEqual(["livingArea: Жилая площадь больше общей"]);
    expect(messages({ totalArea: "100", livingArea: "80", nonResidentialArea: "30" })).toEqual(["nonResidentialArea: Жилая и нежилая площади вместе больше общей"]);
  });
});
