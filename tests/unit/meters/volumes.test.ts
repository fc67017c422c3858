import { describe, expect, it } from "vitest";
import {
  consumptionByMonth,
  type Meter,
  MeterChainError,
  type MeteringPoint,
  type MeterReading,
  type PeriodOutcome,
  type PeriodVolume,
  volumeForPeriod,
  volumesForPeriods,
} from "@/lib/meters/volumes";
import { formatReading } from "@/lib/meters/meter-vocabulary";

const NORM = 5_000n;
const normFor = () => NORM;
const nb = "\u00a0";

const meter = (overrides: Partial<Meter> = {}): Meter => ({ id: "m1", digits: 5, installedOn: "2024-01-01", initialValue: 0n, ...overrides });
const point = (...meters: Meter[]): MeteringPoint => ({ resource: "cold_water", zone: "single", meters });

/** Readings of consecutive periods from `start`; null skips a period. */
function series(meterId: string, start: string, values: (bigint | null)[]): MeterReading[] {
  const [year, month] = start.split("-").map(Number) as [number, number];
  return values.flatMap((value, i) => {
    if (value === null) return [];
    const index = year * 12 + month - 1 + i;
    const period = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
    return [{ meterId, period, value }];
  });
}

/** Cumulative readings from monthly volumes in whole units. */
const cumulative = (monthly: number[], from = 0n): bigint[] => {
  let total = from;
  return monthly.map((v) => (total += BigInt(v) * 1000n));
};

function value(outcome: PeriodOutcome | undefined): PeriodVolume {
  if (!outcome?.ok) throw new Error(`expected a volume, got ${JSON.stringify(outcome, (_, v: unknown) => (typeof v === "bigint" ? `${v}n` : v))}`);
  return outcome.value;
}

// Jan–Feb 100 each, then 10…60: the last six months average 35, all eight 51.25, the last month alone 60.
const history = series("m1", "2024-01", cumulative([100, 100, 10, 20, 30, 40, 50, 60]));
const afterHistory = (periods: (bigint | null)[]) => [...history, ...series("m1", "2024-09", periods)];
const last = cumulative([100, 100, 10, 20, 30, 40, 50, 60]).at(-1) ?? 0n;

describe("formatReading", () => {
  it("writes thousandths the Russian way, with no-break thousands separators and a comma", () => {
    expect(formatReading(1_234_567n, { fixed: true })).toBe(`1${nb}234,567`);
    expect(formatReading(1_234_567_890n, { fixed: true })).toBe(`1${nb}234${nb}567,890`);
    expect(formatReading(20_000n, { fixed: true })).toBe("20,000");
    expect(formatReading(-5n, { fixed: true })).toBe("−0,005");
  });
});

describe("volume by reading (ПП 354 п. 59 rule 1)", () => {
  it("is the current reading minus the previous one, the first from the initial value", () => {
    const readings = series("m1", "2024-01", [1_200_000n, 1_234_567n]);
    const [jan, feb] = volumesForPeriods(point(meter({ initialValue: 1_190_000n })), readings, ["2024-01", "2024-02"], normFor).map(value);
    expect(jan).toMatchObject({ volume: 10_000n, method: "reading", normApplied: false });
    expect(jan?.explanation).toBe(`По показаниям: 1${nb}200,000 − 1${nb}190,000 (начальное) = 10,000`);
    expect(feb).toMatchObject({ volume: 34_567n, method: "reading" });
    expect(feb?.explanation).toBe(`По показаниям: 1${nb}234,567 − 1${nb}200,000 = 34,567`);
  });

  it("counts a wrap of a 5-digit dial: 99 990,000 → 00 010,000 is 20,000", () => {
    const readings = series("m1", "2024-01", [99_990_000n, 10_000n]);
    const feb = value(volumeForPeriod(point(meter({ initialValue: 99_900_000n })), readings, "2024-02", normFor));
    expect(feb.volume).toBe(20_000n);
    expect(feb.method).toBe("reading");
    expect(feb.explanation).toContain(`100${nb}000,000 − 99${nb}990,000 + 10,000 = 20,000`);
  });

  it("refuses a reading below the previous one when no wrap explains it, and bills as if it were missing", () => {
    const noDigits = point(meter({ digits: null }));
    const wrap = volumeForPeriod(noDigits, series("m1", "2024-01", [99_990_000n, 10_000n]), "2024-02", normFor);
    expect(wrap).toMatchObject({ ok: false, error: { kind: "below-previous", meterId: "m1", previous: 99_990_000n, current: 10_000n } });

    // On a 5-digit dial, 50 000 → 49 000 would be a wrap of 99 000 units: a typo, not consumption.
    const typo = volumeForPeriod(point(meter()), series("m1", "2024-01", [50_000_000n, 49_000_000n]), "2024-02", normFor);
    if (typo.ok) throw new Error("the typo was accepted");
    expect(typo.error.message).toBe(`Показание 49${nb}000,000 меньше предыдущего 50${nb}000,000`);
    expect(typo.fallback).toMatchObject({ method: "norm", volume: NORM });
  });

  it("measures the next reading from the last accepted one, recalculating the refused period's fallback", () => {
    const readings = afterHistory([last - 1_000n, last + 80_000n]);
    const [sep, oct] = volumesForPeriods(point(meter()), readings, ["2024-09", "2024-10"], normFor);
    expect(sep).toMatchObject({ ok: false, fallback: { method: "average", volume: 35_000n } });
    expect(value(oct)).toMatchObject({
      method: "recalculation",
      volume: 45_000n,
      recalculation: { periods: ["2024-09"], billed: 35_000n, actual: 80_000n },
    });
  });

  it("refuses a reading the dial cannot show", () => {
    const outcome = volumeForPeriod(point(meter({ digits: 4 })), series("m1", "2024-01", [10_000_000n]), "2024-01", normFor);
    expect(outcome).toMatchObject({ ok: false, error: { kind: "beyond-dial" } });
  });
});

describe("replacement of a meter (rule 2)", () => {
  const old = meter({ closedOn: "2024-06-15", finalValue: 1_050_000n });
  const fresh = meter({ id: "m2", installedOn: "2024-06-15", initialValue: 3_000n });
  const oldReadings = series("m1", "2024-05", [1_000_000n]);
  const withOld = (more: MeterReading[]) => [...series("m1", "2024-01", cumulative([200, 200, 200, 200])), ...oldReadings, ...more];

  it("adds the old meter's final stretch and the new meter's start, with both parts", () => {
    const june = value(volumeForPeriod(point(old, fresh), withOld(series("m2", "2024-06", [15_000n])), "2024-06", normFor));
    expect(june.method).toBe("replacement");
    expect(june.volume).toBe(62_000n);
    expect(june.parts).toEqual([
      { meterId: "m1", from: 1_000_000n, to: 1_050_000n, volume: 50_000n },
      { meterId: "m2", from: 3_000n, to: 15_000n, volume: 12_000n },
    ]);
    expect(june.explanation).toBe(
      `Замена прибора учёта: прибор m1: 1${nb}050,000 − 1${nb}000,000 = 50,000; прибор m2: 15,000 − 3,000 (начальное) = 12,000; итого 62,000`,
    );
  });

  it("takes nothing from a new meter not yet read, and counts its start the next period", () => {
    const readings = withOld(series("m2", "2024-07", [20_000n]));
    const [june, july] = volumesForPeriods(point(old, fresh), readings, ["2024-06", "2024-07"], normFor).map(value);
    expect(june).toMatchObject({ method: "replacement", volume: 50_000n });
    expect(june?.parts).toHaveLength(1);
    expect(july).toMatchObject({ method: "reading", volume: 17_000n });
  });

  it("refuses to close a working meter without its final value", () => {
    const noFinal = meter({ closedOn: "2024-06-15" });
    const outcome = volumeForPeriod(point(noFinal, fresh), withOld(series("m2", "2024-06", [15_000n])), "2024-06", normFor);
    expect(outcome).toMatchObject({ ok: false, error: { kind: "missing-final-value", meterId: "m1" } });
  });

  it("rejects meters that overlap", () => {
    expect(() => volumeForPeriod(point(meter(), fresh), [], "2024-06", normFor)).toThrow(MeterChainError);
  });
});

describe("zones", () => {
  it("are separate points: a two-zone meter's day and night dials give their own volumes", () => {
    const dials = [
      { meterId: "e1", period: "2024-01", value: 1_000_000n, zone: "day" as const },
      { meterId: "e1", period: "2024-01", value: 400_000n, zone: "night" as const },
      { meterId: "e1", period: "2024-02", value: 1_150_000n, zone: "day" as const },
      { meterId: "e1", period: "2024-02", value: 460_000n, zone: "night" as const },
    ];
    const e1 = meter({ id: "e1", digits: 6 });
    const day = value(volumeForPeriod({ resource: "electricity", zone: "day", meters: [e1] }, dials, "2024-02", normFor));
    const night = value(volumeForPeriod({ resource: "electricity", zone: "night", meters: [e1] }, dials, "2024-02", normFor));
    expect([day.volume, night.volume]).toEqual([150_000n, 60_000n]);
  });
});

describe("missing readings (rule 3, ПП 354 п. 59–60)", () => {
  it("bills the monthly average of the last six months, not of the whole history", () => {
    const sep = value(volumeForPeriod(point(meter()), history, "2024-09", normFor));
    expect(sep).toMatchObject({ method: "average", volume: 35_000n, normApplied: false });
    expect(sep.explanation).toBe("Среднемесячный объём за 6 мес. (ПП 354 п. 59): 35,000; показания не передаются, 1-й период");
  });

  it("averages a new meter over its three months", () => {
    const readings = series("m1", "2024-01", cumulative([30, 40, 50]));
    const apr = value(volumeForPeriod(point(meter({ installedOn: "2024-01-10" })), readings, "2024-04", normFor));
    expect(apr).toMatchObject({ method: "average", volume: 40_000n });
    expect(apr.explanation).toContain("за 3 мес.");
  });

  it("bills the norm at once without enough history", () => {
    const readings = series("m1", "2024-01", cumulative([30, 40]));
    const mar = value(volumeForPeriod(point(meter()), readings, "2024-03", normFor));
    expect(mar).toMatchObject({ method: "norm", volume: NORM, normApplied: true, normReason: "readings-missing" });
    expect(mar.explanation).toContain("недостаточно");
  });

  it("uses the average for three periods in a row, the norm from the fourth, and again the average after a reading", () => {
    const readings = afterHistory([null, null, null, null, last + 200_000n]);
    const periods = ["2024-09", "2024-10", "2024-11", "2024-12", "2025-01", "2025-02"];
    const outcomes = volumesForPeriods(point(meter()), readings, periods, normFor).map(value);
    expect(outcomes.map((o) => o.method)).toEqual(["average", "average", "average", "norm", "recalculation", "average"]);
    expect(outcomes.map((o) => o.volume).slice(0, 4)).toEqual([35_000n, 35_000n, 35_000n, NORM]);
    expect(outcomes[3]?.explanation).toBe(`Норматив 5,000: показания не передаются 4-й период (ПП 354 п. 60)`);
    // The next gap averages Aug 2024–Jan 2025, back to the reading six months before the last: (60 + 200) / 6.
    expect(outcomes[5]?.volume).toBe(43_333n);
  });

  it("treats an unusable meter as silent from the month it failed, and its later readings never count", () => {
    const failed = meter({ unusableFrom: "2024-09-10" });
    const readings = afterHistory([last + 30_000n, last + 60_000n, last + 90_000n, last + 120_000n, last + 150_000n]);
    const periods = ["2024-09", "2024-10", "2024-11", "2024-12", "2025-01"];
    const outcomes = volumesForPeriods(point(failed), readings, periods, normFor).map(value);
    expect(outcomes.map((o) => o.method)).toEqual(["average", "average", "average", "norm", "norm"]);
    expect(outcomes[3]).toMatchObject({ normApplied: true, normReason: "meter-unusable" });
    expect(outcomes[0]?.explanation).toContain("неисправен или истёк срок поверки");
  });

  it("starts afresh with the meter that replaces an unusable one: its estimates are not recalculated", () => {
    const failed = meter({ unusableFrom: "2024-09-10", closedOn: "2024-11-05" });
    const fresh = meter({ id: "m2", installedOn: "2024-11-05" });
    const readings = [...history, ...series("m2", "2024-11", [7_000n])];
    const [sep, nov] = volumesForPeriods(point(failed, fresh), readings, ["2024-09", "2024-11"], normFor).map(value);
    expect(sep?.method).toBe("average");
    expect(nov).toMatchObject({ method: "replacement", volume: 7_000n });
    expect(nov?.recalculation).toBeUndefined();
  });

  it("estimates a point whose meter was removed, and bills the norm before any meter", () => {
    const removed = meter({ closedOn: "2024-08-20", finalValue: last });
    const outcomes = volumesForPeriods(point(removed), history, ["2023-12", "2024-08", "2024-09", "2024-12"], normFor).map(value);
    expect(outcomes[0]).toMatchObject({ method: "norm", normReason: "no-meter" });
    expect(outcomes[1]).toMatchObject({ method: "reading", volume: 60_000n });
    expect(outcomes[2]).toMatchObject({ method: "average", volume: 35_000n });
    expect(outcomes[3]).toMatchObject({ method: "norm", normReason: "no-meter" });
  });
});

describe("recalculation after estimated periods (rule 4, ПП 354 п. 61)", () => {
  it("charges the actual volume since the last reading minus what the estimates billed", () => {
    const nov = value(volumeForPeriod(point(meter()), afterHistory([null, null, last + 100_000n]), "2024-11", normFor));
    expect(nov.method).toBe("recalculation");
    expect(nov.volume).toBe(30_000n);
    expect(nov.recalculation).toEqual({ periods: ["2024-09", "2024-10"], billed: 70_000n, actual: 100_000n, difference: 30_000n });
    expect(nov.explanation).toContain(`начислено за 09.2024–10.2024 70,000; к начислению 100,000 − 70,000 = 30,000`);
  });

  it("returns an overcharge as a negative volume", () => {
    const nov = value(volumeForPeriod(point(meter()), afterHistory([null, null, last + 40_000n]), "2024-11", normFor));
    expect(nov.volume).toBe(-30_000n);
    expect(nov.recalculation?.difference).toBe(-30_000n);
    expect(nov.explanation).toContain("= −30,000");
  });

  it("subtracts norm periods too, with the norm of each period", () => {
    const byPeriod = (period: string) => (period === "2024-12" ? 9_000n : NORM);
    const jan = value(volumeForPeriod(point(meter()), afterHistory([null, null, null, null, last + 200_000n]), "2025-01", byPeriod));
    expect(jan.recalculation).toMatchObject({ billed: 3n * 35_000n + 9_000n, actual: 200_000n });
    expect(jan.volume).toBe(200_000n - 114_000n);
  });
});

describe("the caller's contract", () => {
  it("bills the norm for a point without meters", () => {
    expect(value(volumeForPeriod(point(), [], "2024-05", normFor))).toMatchObject({ method: "norm", normReason: "no-meter", volume: NORM });
  });

  it("refuses two readings of one dial in a period and malformed periods", () => {
    const twice = [...series("m1", "2024-01", [1_000n]), ...series("m1", "2024-01", [2_000n])];
    expect(() => volumeForPeriod(point(meter()), twice, "2024-01", normFor)).toThrow(MeterChainError);
    expect(() => volumeForPeriod(point(meter()), [], "2024-13", normFor)).toThrow(MeterChainError);
  });
});

describe("consumptionByMonth", () => {
  it("shows real readings only, with the periods a reading after a gap covers", () => {
    const readings = afterHistory([null, null, last + 100_000n]);
    expect(consumptionByMonth(point(meter()), readings, ["2024-08", "2024-09", "2024-10", "2024-11"])).toEqual([
      { period: "2024-08", volume: 60_000n, periods: 1 },
      { period: "2024-09", volume: null, periods: 0 },
      { period: "2024-10", volume: null, periods: 0 },
      { period: "2024-11", volume: 100_000n, periods: 3 },
    ]);
  });
});
