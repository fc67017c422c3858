import { wallClock } from "@/lib/core/date-time";
import { plural } from "@/lib/core/russian-text";

export type CollectionWindow = {
  startDay: number;
  endDay: number;
  /** next_period: a reading outside the window counts in the next period (ПП 354); refuse: it is not accepted. */
  late: "next_period" | "refuse";
};

export type PeriodDecision =
  | { accepted: true; period: string; inWindow: boolean }
  | { accepted: false; message: string };

const monthNamesGenitive = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

const monthNames = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];

/** «2026-11» → «ноябрь 2026»: the period a reading counts in, as a resident reads it. */
export const periodLabel = (period: string) => `${monthNames[Number(period.slice(5, 7)) - 1] ?? period.slice(5, 7)} ${period.slice(0, 4)}`;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const periodOf = (year: number, month: number) => `${year}-${String(month).padStart(2, "0")}`;
const nextMonth = (year: number, month: number) => (month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 });

/** The window's days in a given month: a window ending on the 31st ends on the 30th in November. */
function windowIn(window: CollectionWindow, year: number, month: number) {
  const last = daysIn(year, month);
  return { start: Math.min(window.startDay, last), end: Math.min(window.endDay, last) };
}

function today(now: Date, timeZone: string) {
  const local = wallClock(now, timeZone);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

export function windowText(window: CollectionWindow): string {
  return `с ${window.startDay} по ${window.endDay} число`;
}

/**
 * Which billing period a reading taken now counts in, in the organisation's (or building's) time zone. Inside the
 * window: this month. Outside: an employee with «вне периода сбора» books it to this month; otherwise the setting
 * decides — the next period (after the window) / this period (before it), or a refusal that says when to come back.
 */
export function decidePeriod(window: CollectionWindow, now: Date, timeZone: string, mayOutOfPeriod: boolean): PeriodDecision {
  const { year, month, day } = today(now, timeZone);
  const { start, end } = windowIn(window, year, month);
  if (day >= start && day <= end) return { accepted: true, period: periodOf(year, month), inWindow: true };
  if (mayOutOfPeriod) return { accepted: true, period: periodOf(year, month), inWindow: false };
  if (window.late === "next_period") {
    const target = day > end ? nextMonth(year, month) : { year, month };
    return { accepted: true, period: periodOf(target.year, target.month), inWindow: false };
  }
  const opens = day < start ? { year, month } : nextMonth(year, month);
  const opensDay = windowIn(window, opens.year, opens.month).start;
  return {
    accepted: false,
    message: `Показания принимаются ${windowText(window)}. Приём откроется ${opensDay} ${monthNamesGenitive[opens.month - 1]}`,
  };
}

export type WindowStatus = {
  open: boolean;
  /** The last day of the open window, or the first day of the next one; «YYYY-MM-DD». */
  until: string;
  /** Whole days left until `until` (0 on that day). */
  daysLeft: number;
  text: string;
};

/** What the resident sees above their meters: is the window open, and the countdown to its end or its opening. */
export function windowStatus(window: CollectionWindow, now: Date, timeZone: string): WindowStatus {
  const { year, month, day } = today(now, timeZone);
  const { start, end } = windowIn(window, year, month);
  const at = (y: number, m: number, d: number) => ({ iso: `${periodOf(y, m)}-${String(d).padStart(2, "0")}`, ms: Date.UTC(y, m - 1, d) });
  const todayMs = Date.UTC(year, month - 1, day);
  const days = (ms: number) => Math.round((ms - todayMs) / 86_400_000);
  if (day >= start && day <= end) {
    const until = at(year, month, end);
    const left = days(until.ms);
    const text = left === 0 ? "Сегодня последний день приёма показаний" : `Приём показаний открыт ещё ${left} ${dayWord(left)} — до ${end} ${monthNamesGenitive[month - 1]}`;
    return { open: true, until: until.iso, daysLeft: left, text };
  }
  const opens = day < start ? { year, month } : nextMonth(year, month);
  const opensDay = windowIn(window, opens.year, opens.month).start;
  const until = at(opens.year, opens.month, opensDay);
  const left = days(until.ms);
  // Before the window a late-accepting organisation books to this month (decidePeriod); only after it to the next.
  const late = window.late === "next_period" && day > end ? " Показания, переданные сейчас, будут учтены в следующем периоде." : "";
  return {
    open: false,
    until: until.iso,
    daysLeft: left,
    text: `Приём показаний откроется ${opensDay} ${monthNamesGenitive[opens.month - 1]} (через ${left} ${dayWord(left)}).${late}`,
  };
}

const dayWord = (n: number) => plural(n, ["день", "дня", "дней"]);
