import { describe, expect, it } from "vitest";
import { consumptionChart, lastPeriods } from "@/lib/meters/consumption-chart";
import type { StoredReading } from "@/lib/meters/reading-history";
import { shortName } from "@/lib/meters/reading-activity";

const meter = { id: "m1", resource: "cold_water", digits: 5, decommissionedOn: null };
let n = 0;
const reading = (period: string, value: bigint, kind: StoredReading["kind"] = "regular"): StoredReading => ({
  id: `r${++n}`,
  period,
  value,
  kind,
  source: "resident",
  takenAt: new Date(`${period}-20T10:00:00Z`),
});

describe("the resident's consumption chart", () => {
  it("counts the last twelve months, oldest first, across a year's end", () => {
    expect(lastPeriods("2026-02", 3)).toEqual(["2025-12", "2026-01", "2026-02"]);
  });

  it("starts from the first reading when the meter has no initial one, instead of drawing the whole dial as consumption", () => {
    const bars = consumptionChart(meter, "single", [reading("2026-01", 500_000n), reading("2026-02", 503_500n)], ["2026-01", "2026-02"]);
    expect(bars).toEqual([
      { period: "2026-01", milli: null, spread: false },
      { period: "2026-02", milli: 3_500n, spread: false },
    ]);
  });

  it("spreads consumption measured after a gap over the silent months, the remainder on the last", () => {
    const history = [reading("2026-01", 0n, "initial"), reading("2026-01", 1_000n), reading("2026-04", 11_000n)];
    const bars = consumptionChart(meter, "single", history, ["2026-02", "2026-03", "2026-04"]);
    expect(bars).toEqual([
      { period: "2026-02", milli: 3_333n, spread: true },
      { period: "2026-03", milli: 3_333n, spread: true },
      { period: "2026-04", milli: 3_334n, spread: true },
    ]);
  });

  it("has no chart without any reading", () => {
    expect(consumptionChart(meter, "single", [], ["2026-01"])).toBeNull();
  });
});

describe("the author on a timeline", () => {
  it("shortens a person's full name to initials and leaves a phone or a company as it is", () => {
    expect(shortName("Иванов Иван Иванович")).toBe("Иванов И. И.");
    expect(shortName("+79001234567")).toBe("+79001234567");
    expect(shortName("ООО Ромашка")).toBe("ООО Ромашка");
  });
});
