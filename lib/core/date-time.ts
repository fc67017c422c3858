/**
 * The one way a moment is shown to a person: in the employee's time zone (else the organisation's), always with the
 * zone given, so the server and the browser print the same text and React never sees a hydration mismatch.
 */
export type DateTimeStyle = "short" | "seconds" | "date" | "time" | "long";

const options: Record<DateTimeStyle, Intl.DateTimeFormatOptions> = {
  /** «05.03.2026, 14:07» — tables and cards. */
  short: { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" },
  /** «05.03.2026, 14:07:09» — the audit log, where the order of events matters. */
  seconds: { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit" },
  /** «05.03.2026» — the day of a moment in that zone. */
  date: { day: "2-digit", month: "2-digit", year: "numeric" },
  /** «14:07» — a moment later today (the end of a sign-in lock). */
  time: { hour: "2-digit", minute: "2-digit" },
  /** «5 марта 2026 г. в 14:07» — a sentence on a card. */
  long: { dateStyle: "long", timeStyle: "short" },
};

// Building an Intl.DateTimeFormat costs far more than using one; tables format hundreds of cells.
const formats = new Map<string, Intl.DateTimeFormat>();

export function formatDateTime(value: Date | string, timeZone: string, style: DateTimeStyle = "short"): string {
  const key = `${timeZone}|${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("ru-RU", { ...options[style], timeZone });
    formats.set(key, format);
  }
  return format.format(new Date(value));
}

/** A calendar date as stored in a date column («2026-03-05») → «05.03.2026»; no zone applies to a bare date. */
export function formatCalendarDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split("-");
  return `${day}.${month}.${year}`;
}

/** The calendar date («YYYY-MM-DD») it is now in a time zone: «today» for a rule that counts days. */
export const todayIn = (timeZone: string, now: Date = new Date()) => new Intl.DateTimeFormat("sv-SE", { timeZone }).format(now);

/** Wall-clock milliseconds (to the second) of an instant in a zone, read off Intl: exact, but ~30 µs a call. */
function zoneClock(ms: number, timeZone: string): number {
  const parts = Object.fromEntries(wallClockFormat(timeZone).formatToParts(new Date(ms)).map((p) => [p.type, Number(p.value)]));
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour % 24, minute, second);
}

const DAY_MS = 86_400_000;
/** Per zone and UTC day: the zone's offset that whole day, or null for a day its clocks change. */
const dayOffsets = new Map<string, Map<number, number | null>>();

/** The same offset at a day's first and last second means no clock change in between: zones change at most once a day. */
function dayOffset(day: number, timeZone: string): number | null {
  let offsets = dayOffsets.get(timeZone);
  if (!offsets) dayOffsets.set(timeZone, (offsets = new Map()));
  let offset = offsets.get(day);
  if (offset === undefined) {
    const first = day * DAY_MS;
    const last = first + DAY_MS - 1000;
    const atFirst = zoneClock(first, timeZone) - first;
    offset = zoneClock(last, timeZone) - last === atFirst ? atFirst : null;
    if (offsets.size >= 10_000) offsets.clear();
    offsets.set(day, offset);
  }
  return offset;
}

/**
 * The moment's wall-clock time in `timeZone`, as a Date whose UTC fields carry it: for formats without zones (an
 * Excel cell), so the spreadsheet shows the time the employee sees on screen. Whole seconds, as Intl gives them. An
 * export writes one per row, so the zone's offset is looked up once per day of the data, not once per cell.
 */
export function wallClock(value: Date | string, timeZone: string): Date {
  const ms = new Date(value).getTime();
  const offset = dayOffset(Math.floor(ms / DAY_MS), timeZone);
  return new Date(offset === null ? zoneClock(ms, timeZone) : Math.floor(ms / 1000) * 1000 + offset);
}

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();
function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    const numeric = { year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" } as const;
    format = new Intl.DateTimeFormat("en-US", { ...numeric, hourCycle: "h23", timeZone });
    wallClockFormats.set(timeZone, format);
  }
  return format;
}
