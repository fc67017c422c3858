import type { MeterStatus, MeterZone } from "@/db/schema";
import { formatCalendarDate } from "@/lib/core/date-time";
import { formatReading, meterZones } from "./meter-vocabulary";

export type MeterForRules = {
  status: MeterStatus;
  nextVerificationOn: string | null;
  digits: number | null;
  zones: number;
};

export type PriorReading = { period: string; value: bigint };

/** «Поверка истекла» also when staff have not set it: the next verification date has passed. */
export function effectiveStatus(meter: Pick<MeterForRules, "status" | "nextVerificationOn">, todayIso: string): MeterStatus {
  if (meter.status === "working" && meter.nextVerificationOn && meter.nextVerificationOn < todayIso) return "verification_expired";
  return meter.status;
}

/** Why a meter takes no readings now, in words for the person entering them; null when it does. */
export function statusRefusal(meter: Pick<MeterForRules, "status" | "nextVerificationOn">, todayIso: string): string | null {
  switch (effectiveStatus(meter, todayIso)) {
    case "faulty":
      return "Прибор неисправен: показания не принимаются, объём считается по среднему или нормативу";
    case "verification_expired":
      return meter.nextVerificationOn && meter.nextVerificationOn < todayIso
        ? `Срок поверки истёк ${formatCalendarDate(meter.nextVerificationOn)}: показания не принимаются до новой поверки`
        : "Срок поверки истёк: показания не принимаются до новой поверки";
    case "decommissioned":
      return "Прибор выведен из эксплуатации: показания не принимаются";
    default:
      return null;
  }
}

const monthIndex = (period: string) => Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
export const monthsBetween = (from: string, to: string) => monthIndex(to) - monthIndex(from);

/**
 * The average monthly consumption over the last readings (at most six months back from the latest), or null when
 * they span less than a month or go down (a replaced dial): the yardstick for «implausibly high».
 */
export function averageMonthly(history: readonly PriorReading[]): bigint | null {
  if (history.length < 2) return null;
  const sorted = [...history].sort((a, b) => monthIndex(a.period) - monthIndex(b.period));
  const last = sorted[sorted.length - 1]!;
  const first = sorted.find((r) => monthsBetween(r.period, last.period) <= 6) ?? sorted[0]!;
  const months = monthsBetween(first.period, last.period);
  if (months <= 0 || last.value < first.value) return null;
  return (last.value - first.value) / BigInt(months);
}

/** The dial's size in thousandths (10^digits units), or null when the digits are unknown. */
export const dialSize = (digits: number | null): bigint | null => (digits ? 10n ** BigInt(digits) * 1000n : null);

// A wrap is believed only if it implies less than a tenth of the dial: the previous value was near its end.
const WRAP_SHARE = 10n;

/**
 * The volume when `current` is below `previous` because the dial passed 99 999 → 00 000, or null when no wrap
 * explains it (unknown digits, or a drop a wrap would turn into an implausible consumption).
 */
export function wrappedVolume(digits: number | null, previous: bigint, current: bigint): bigint | null {
  const dial = dialSize(digits);
  if (dial === null || current >= previous) return null;
  const wrapped = dial - previous + current;
  return wrapped * WRAP_SHARE < dial ? wrapped : null;
}

export type ReadingCheck =
  | { ok: true; volume: bigint; rollover: boolean; flagged: boolean }
  | { ok: false; message: string; confirmable: boolean };

type CheckInput = {
  meter: MeterForRules;
  zone: MeterZone;
  value: bigint;
  period: string;
  todayIso: string;
  previous: PriorReading | null;
  /** Average monthly consumption before this reading, from averageMonthly(). */
  average: bigint | null;
  /** The person saw the «implausible jump» question and confirmed the value. */
  confirmed: boolean;
};

// A jump is implausible when it exceeds three months' worth of the average for every month since the last reading,
// and is more than ten units: a flat that used 0,5 m³ a month may well use 2 m³ without anyone checking.
const JUMP_FACTOR = 3n;
const JUMP_MINIMUM = 10_000n;

/** The rules every source shares (resident, staff, inspector, import, API); the callers add who may submit when. */
export function checkReading({ meter, zone, value, period, todayIso, previous, average, confirmed }: CheckInput): ReadingCheck {
  const refusal = statusRefusal(meter, todayIso);
  if (refusal) return { ok: false, message: refusal, confirmable: false };
  if (!meterZones(meter.zones).includes(zone)) return { ok: false, message: "У этого прибора нет такой тарифной зоны", confirmable: false };
  const dial = dialSize(meter.digits);
  if (dial !== null && value >= dial) {
    return { ok: false, message: `Показание не помещается на счётчик: у него ${meter.digits} знаков до запятой`, confirmable: false };
  }
  if (!previous) return { ok: true, volume: 0n, rollover: false, flagged: false };
  let volume = value - previous.value;
  let rollover = false;
  if (volume < 0n) {
    const wrapped = wrappedVolume(meter.digits, previous.value, value);
    if (wrapped === null) {
      return {
        ok: false,
        message: `Показание меньше предыдущего (${formatReading(previous.value)}). Если прибор заменили, оформите замену прибора`,
        confirmable: false,
      };
    }
    volume = wrapped;
    rollover = true;
  }
  const months = BigInt(Math.max(1, monthsBetween(previous.period, period)));
  const flagged = average !== null && volume > JUMP_FACTOR * average * months && volume - average * months > JUMP_MINIMUM;
  if (flagged && !confirmed) {
    return {
      ok: false,
      message: `Расход ${formatReading(volume)} намного больше обычного (в среднем ${formatReading(average)} в месяц). Проверьте показание; если оно верно, подтвердите его`,
      confirmable: true,
    };
  }
  return { ok: true, volume, rollover, flagged };
}
