import { describe, expect, it } from "vitest";
import { computeAccountLines, finishLine, type PremisePoint, type RunTariff } from "@/lib/billing/run/compute-account-lines";

const payee = { legalEntityId: "le", legalEntityName: "ООО «УК»", inn: "7701000001", kpp: null, bankAccountId: "ba", bankName: "Банк", bik: "044525225", settlementAccount: "40703810500000000001", correspondentAccount: "30101810400000000225" };
const price = { validFrom: "2025-01-01", price1E4: 500_000n, price2E4: null, price3E4: null, normMilli: 4_000n, commonNormMilli: null };

const tariff = (overrides: Partial<RunTariff>): RunTariff => ({
  id: "t1",
  name: "Холодное водоснабжение",
  code: null,
  type: "utility",
  zones: 1,
  unit: "м³",
  method: "meter",
  resource: "cold_water",
  meterPossible: true,
  increasingFactorMilli: 1500,
  vatRate: null,
  penaltiesWithVat: false,
  commonEnabled: false,
  position: 0,
  payee,
  prices: [price],
  ...overrides,
});

const premise = { totalArea: "54.30", registeredResidents: 2 };
const monthly = (meterId: string, from: number, to: number, step: bigint, zone: "single" | "day" | "night" = "single") =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ meterId, period: `2025-${String(from + i).padStart(2, "0")}`, value: step * BigInt(from + i), zone }));
const point = (zone: "single" | "day" | "night", readings: PremisePoint["readings"], resource: PremisePoint["resource"] = "cold_water"): PremisePoint => ({
  resource,
  point: { resource, zone, meters: [{ id: "m1", digits: 5, installedOn: "2024-12-20", initialValue: 0n }] },
  readings,
});

const only = (t: RunTariff, points: PremisePoint[] = [], period = "2025-06") => {
  const { lines } = computeAccountLines({ period, tariffs: [t], premise, points });
  return lines;
};

describe("lines of an account", () => {
  it("bills a meter's volume × price, with the readings in the basis", () => {
    const [l] = only(tariff({}), [point("single", monthly("m1", 1, 6, 3_000n))]);
    // 3 m³ × 50 ₽
    expect(l).toMatchObject({ qty: [3_000n, null, null], price: [500_000n, null, null], accruedKopecks: 15_000n, invoiceType: "utilities", kind: "service" });
    expect(l?.basis).toMatchObject({ method: "meter", factorMilli: null, zones: [{ volumeMethod: "reading", readings: [{ fromMilli: "15000", toMilli: "18000" }] }] });
  });

  it("bills a two-zone meter per zone, rounding the line once", () => {
    const t = tariff({ name: "Электроэнергия", resource: "electricity", zones: 2, unit: "кВт·ч", prices: [{ ...price, price1E4: 65_432n, price2E4: 23_451n }] });
    const points = [point("day", monthly("m1", 1, 6, 100_000n, "day"), "electricity"), point("night", monthly("m1", 1, 6, 40_000n, "night"), "electricity")];
    const [l] = only(t, points);
    // 100 × 6,5432 + 40 × 2,3451 = 654,32 + 93,804 = 748,124 → 748,12
    expect(l).toMatchObject({ qty: [100_000n, 40_000n, null], price: [65_432n, 23_451n, null], accruedKopecks: 74_812n });
  });

  it("bills the norm × residents × 1,5 where no meter is installed though one could be", () => {
    const [l] = only(tariff({}));
    // 4 m³ × 2 people × 1,5 = 12 m³ × 50 ₽
    expect(l).toMatchObject({ qty: [12_000n, null, null], accruedKopecks: 60_000n });
    expect(l?.basis).toMatchObject({ factorMilli: 1500, residents: 2, normMilli: "4000", zones: [{ volumeMethod: "norm", normReason: "no-meter" }] });
  });

  it("does not raise the norm where no meter is possible, nor when readings merely stop", () => {
    expect(only(tariff({ meterPossible: false }))[0]?.qty[0]).toBe(8_000n);
    // Readings Jan–Feb only: too few for an average, so June falls to the norm for silence — no factor.
    const [silent] = only(tariff({}), [point("single", monthly("m1", 1, 2, 3_000n))]);
    expect(silent).toMatchObject({ qty: [8_000n, null, null], basis: { factorMilli: null, zones: [{ normReason: "readings-missing" }] } });
  });

  it("bills a recalculation as the line's recalculation with its reason, nothing as accrued", () => {
    // Readings Jan–May, none in June (the 6-month average from the December start, 2,5 m³, billed), then July reads
    // 24 m³: 24 − 15 − 2,5 = 6,5 m³ to charge.
    const readings = [...monthly("m1", 1, 5, 3_000n), { meterId: "m1", period: "2025-07", value: 24_000n, zone: "single" as const }];
    const [june] = only(tariff({}), [point("single", readings)], "2025-06");
    expect(june).toMatchObject({ accruedKopecks: 12_500n, basis: { zones: [{ volumeMethod: "average" }] } });
    const [july] = only(tariff({}), [point("single", readings)], "2025-07");
    expect(july).toMatchObject({ qty: [0n, null, null], accruedKopecks: 0n, recalculationKopecks: 32_500n });
    expect(july?.recalculationReason).toMatch(/Перерасчёт/);
  });

  it("bills by area, by norm × area, fixed, and leaves manual tariffs to staff", () => {
    const area = only(tariff({ method: "area", resource: null, type: "housing", prices: [{ ...price, price1E4: 325_555n }] }))[0];
    // 54,3 m² × 32,5555 ₽ = 1767,76365 → 1767,76
    expect(area).toMatchObject({ qty: [54_300n, null, null], accruedKopecks: 176_776n, basis: { method: "area", areaMilli: "54300" } });
    const heat = only(tariff({ method: "norm_area", resource: null, prices: [{ ...price, normMilli: 16n, price1E4: 25_000_000n }] }))[0];
    // 0,016 Гкал/m² × 54,3 = 0,8688 → 0,869 Гкал × 2500 ₽ = 2172,50
    expect(heat).toMatchObject({ qty: [869n, null, null], accruedKopecks: 217_250n });
    expect(only(tariff({ method: "fixed", resource: null }))[0]).toMatchObject({ qty: [1_000n, null, null], accruedKopecks: 5_000n });
    expect(only(tariff({ method: "manual" }))).toEqual([]);
    const empty = { totalArea: "13.25", registeredResidents: null };
    expect(computeAccountLines({ period: "2025-06", tariffs: [tariff({}), tariff({ method: "norm_residents" })], premise: empty, points: [] }).lines).toEqual([]);
  });

  it("adds an ОДН line of the common norm × area for ОДН-enabled services", () => {
    const t = tariff({ method: "norm_residents", resource: null, commonEnabled: true, prices: [{ ...price, commonNormMilli: 30n }] });
    const [own, common] = only(t);
    expect(own).toMatchObject({ kind: "service", qty: [8_000n, null, null], accruedKopecks: 40_000n });
    // 0,03 m³/m² × 54,3 m² = 1,629 m³ × 50 ₽ = 81,45
    expect(common).toMatchObject({ kind: "common", qty: [1_629n, null, null], accruedKopecks: 8_145n, basis: { method: "common" } });
  });

  it("takes the price in force on the period's first day and the VAT inside it; capital repair goes on its own invoice", () => {
    const prices = [price, { ...price, validFrom: "2025-06-02", price1E4: 900_000n }];
    const t = tariff({ method: "fixed", resource: null, vatRate: 22, prices, type: "capital_repair" });
    // 50 ₽ × 22/122 = 9,016… → 9,02
    const [l] = only(t);
    expect(l).toMatchObject({ accruedKopecks: 5_000n, invoiceType: "capital_repair", tariff: { price1E4: "500000", payee: { bik: "044525225" } } });
    expect(l && finishLine(l, 100n)).toEqual({ vatKopecks: 902n, totalKopecks: 5_100n });
    // With penalties bearing VAT: 51 ₽ × 22/122 = 9,196… → 9,20
    expect(l && finishLine({ ...l, tariff: { ...l.tariff, penaltiesWithVat: true } }, 100n)).toEqual({ vatKopecks: 920n, totalKopecks: 5_100n });
    const { lines, unpriced } = computeAccountLines({ period: "2024-12", tariffs: [t], premise, points: [] });
    expect(lines).toEqual([]);
    expect(unpriced).toEqual(["t1"]);
  });
});
