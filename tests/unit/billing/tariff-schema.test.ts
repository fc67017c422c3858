import { describe, expect, it } from "vitest";
import { tariffCreateSchema } from "@/lib/billing/tariffs/tariff-schema";
import { penaltyRateCreateSchema } from "@/lib/billing/penalty-rates/penalty-rate-schema";

const ids = { buildingId: "00000000-0000-4000-8000-000000000001", legalEntityId: "00000000-0000-4000-8000-000000000002", bankAccountId: "00000000-0000-4000-8000-000000000003" };
const valid = { ...ids, name: "Холодное водоснабжение", type: "utility", unit: "м³", method: "meter", resource: "cold_water", price1: "42,15", validFrom: "2026-01-01" };

/** The field errors of a refused input, by field. */
function errors(input: Record<string, unknown>) {
  const result = tariffCreateSchema.safeParse({ ...valid, ...input });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe("tariff schema", () => {
  it("stores prices in ten-thousandths, the factor in thousandths, and VAT only when included", () => {
    const data = tariffCreateSchema.parse({ ...valid, price1: "42,1234", vatRate: "20" });
    expect(data).toMatchObject({ price1: 421234n, price2: null, increasingFactor: 1500n, vatRate: null, zones: 1 });
    expect(tariffCreateSchema.parse({ ...valid, vatIncluded: true, penaltiesWithVat: true }).vatRate).toBe(22);
    expect(tariffCreateSchema.parse({ ...valid, vatIncluded: false, penaltiesWithVat: true }).penaltiesWithVat).toBe(false);
  });

  it("allows more than one zone only for kWh, and then asks for every zone's price", () => {
    expect(errors({ zones: "2", price2: "3" }).zones).toBe("Несколько тарифов (зон) бывает только у услуги в кВт·ч");
    const zoned = { unit: "кВт·ч", method: "meter", resource: "electricity", zones: "3", price1: "7,5", price2: "5,1" };
    expect(errors(zoned).price3).toBe("Укажите стоимость по третьей зоне");
    expect(tariffCreateSchema.parse({ ...valid, ...zoned, price3: "2,3" })).toMatchObject({ zones: 3, price1: 75000n, price2: 51000n, price3: 23000n });
  });

  it("refuses a fifth decimal, a negative price and one above a million roubles", () => {
    expect(errors({ price1: "1,12345" }).price1).toBe("Не больше 4 знаков после запятой");
    expect(errors({ price1: "-1" }).price1).toBe("Цена не может быть отрицательной");
    expect(errors({ price1: "1000000,01" }).price1).toBe("Цена не больше 1 000 000 ₽ за единицу");
    expect(errors({ price1: "сорок" }).price1).toContain("числом");
    expect(errors({ price1: "1000000" })).toEqual({});
  });

  it("requires the bank account that receives the money, a resource for meters and a norm for norm methods", () => {
    expect(errors({ bankAccountId: "" }).bankAccountId).toBe("Укажите расчётный счёт, на который поступает оплата");
    expect(errors({ resource: "" }).resource).toContain("Выберите ресурс");
    expect(errors({ method: "norm_residents", norm: "" }).norm).toContain("Укажите норматив");
    expect(tariffCreateSchema.parse({ ...valid, method: "norm_residents", norm: "6,935" })).toMatchObject({ norm: 6935n, resource: null });
    expect(errors({ commonEnabled: true }).commonNorm).toContain("ОДН");
  });
});

describe("penalty rate schema", () => {
  it("takes a rate in percent with two decimals and drops what a moratorium has no use for", () => {
    expect(penaltyRateCreateSchema.parse({ kind: "key_rate", validFrom: "2026-02-16", rate: "15,5" })).toMatchObject({ rateBp: 1550, debtsBefore: null });
    expect(penaltyRateCreateSchema.parse({ kind: "moratorium", validFrom: "2026-04-01", rate: "5", debtsBefore: "2026-04-01" })).toMatchObject({ rateBp: null, debtsBefore: "2026-04-01" });
    expect(penaltyRateCreateSchema.safeParse({ kind: "key_rate", validFrom: "2026-02-16", rate: "15,555" }).success).toBe(false);
    expect(penaltyRateCreateSchema.safeParse({ kind: "cap", validFrom: "2026-02-16", validTo: "2026-01-01", rate: "9,5" }).success).toBe(false);
  });
});

describe("an empty dialog", () => {
  it("shows every missing field at once, not the name first and the rest on the next try", () => {
    const result = tariffCreateSchema.safeParse({ ...ids, name: "", type: "utility", unit: "м³", method: "meter", resource: "", bankAccountId: "", price1: "", validFrom: "" });
    expect(result.error?.issues.map((i) => i.path[0]).sort()).toEqual(["bankAccountId", "name", "price1", "resource", "validFrom"]);
  });
});
