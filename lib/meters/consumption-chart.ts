import type { MeterZone } from "@/db/schema";
import type { StoredReading } from "./reading-history";
import { consumptionByMonth, MeterChainError } from "./volumes";

export type ChartMeter = {
  id: string;
  resource: string;
  digits: number | null;
  decommissionedOn: string | null;
};

/** One month's bar: measured consumption, or a share of consumption measured over several months after a gap. */
export type ChartBar = { period: string; milli: bigint | null; spread: boolean };

const monthIndex = (period: string) => Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
const periodAt = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;

/** The `count` periods ending with `last`, oldest first. */
export function lastPeriods(last: string, count: number): string[] {
  const end = monthIndex(last);
  return Array.from({ length: count }, (_, i) => periodAt(end - count + 1 + i));
}

/**
 * A meter's monthly consumption in one zone over `periods`, from real readings only (never the average or the
 * norm: a resident's chart shows what the meter measured). Consumption measured after a gap covers several months;
 * it is spread evenly over them and marked, so a missed month does not look like a spike. Without an initial
 * reading the first reading is the starting point (its own month has no bar). Null when the history is inconsistent (the chart is left out
 * rather than drawn wrong).
 */
export function consumptionChart(meter: ChartMeter, zone: MeterZone, history: readonly StoredReading[], periods: string[]): ChartBar[] | null {
  const initial = history.find((r) => r.kind === "initial");
  const regular = history.filter((r) => r.kind === "regular");
  const start = initial ?? regular[0];
  if (!start || !periods.length) return null;
  const final = history.find((r) => r.kind === "final");
  const point = {
    resource: meter.resource,
    zone,
    meters: [
      {
        id: meter.id,
        digits: meter.digits,
        // Only the month matters to the timeline: measurement starts with the starting reading.
        installedOn: `${start.period}-01`,
        initialValue: start.value,
        ...(meter.decommissionedOn && final ? { closedOn: meter.decommissionedOn, finalValue: final.value } : {}),
      },
    ],
  };
  const readings = regular.map((r) => ({ meterId: meter.id, period: r.period, value: r.value, zone }));
  try {
    const months = consumptionByMonth(point, readings, periods);
    const bars: ChartBar[] = months.map((m) => ({ period: m.period, milli: m.volume, spread: false }));
    months.forEach((m, i) => {
      if (m.volume === null || m.periods <= 1) return;
      // The volume covers this month and the silent ones before it: each gets an equal share (the last the remainder).
      const share = m.volume / BigInt(m.periods);
      for (let k = 0; k < m.periods; k++) {
        const bar = bars[i - k];
        if (bar) bars[i - k] = { period: bar.period, milli: k === 0 ? m.volume - share * BigInt(m.periods - 1) : share, spread: true };
      }
    });
    // Without an initial reading, what the meter used in the month of its first reading is unknown, not zero.
    if (!initial) return bars.map((bar) => (bar.period === start.period ? { ...bar, milli: null } : bar));
    return bars;
  } catch (error) {
    if (error instanceof MeterChainError) return null;
    throw error;
  }
}
