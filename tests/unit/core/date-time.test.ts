import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatDateTime, wallClock } from "@/lib/core/date-time";

const moment = new Date("2026-12-01T07:22:42.000Z");

describe("one clock", () => {
  it("prints a moment in the zone it is given, whatever the process zone", () => {
    expect(formatDateTime(moment, "Europe/Moscow")).toBe("01.12.2026, 10:22");
    expect(formatDateTime(moment, "Asia/Vladivostok")).toBe("01.12.2026, 17:22");
    expect(formatDateTime(moment, "Europe/Moscow", "seconds")).toBe("01.12.2026, 10:22:42");
    expect(formatDateTime("2026-12-01T22:00:00.000Z", "Asia/Yekaterinburg", "date")).toBe("02.12.2026");
    expect(formatDateTime(moment, "Europe/Moscow", "long")).toBe("1 декабря 2026 г. в 10:22");
  });

  it("prints a calendar date the Russian way, never ISO", () => {
    expect(formatCalendarDate("2025-09-01")).toBe("01.09.2025");
  });

  it("wall clock keeps the zone's time in a zoneless Date", () => {
    expect(wallClock(moment, "Asia/Kamchatka").toISOString()).toBe("2026-12-01T19:22:42.000Z");
    expect(wallClock("2026-12-31T21:30:00Z", "Europe/Moscow").toISOString()).toBe("2027-01-01T00:30:00.000Z");
  });

  it("wall clock follows a clock change inside a day, and drops the milliseconds", () => {
    // Berlin moves from UTC+1 to UTC+2 at 01:00 UTC on 29 March 2026.
    expect(wallClock("2026-03-29T00:59:59.999Z", "Europe/Berlin").toISOString()).toBe("2026-03-29T01:59:59.000Z");
    expect(wallClock("2026-03-29T01:00:00.000Z", "Europe/Berlin").toISOString()).toBe("2026-03-29T03:00:00.000Z");
    expect(wallClock("2026-03-28T23:00:00.500Z", "Europe/Berlin").toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(wallClock("2026-03-30T12:00:00.000Z", "Europe/Berlin").toISOString()).toBe("2026-03-30T14:00:00.000Z");
    expect(wallClock("1969-12-31T23:59:59.250Z", "Asia/Kolkata").toISOString()).toBe("1970-01-01T05:29:59.000Z");
    expect(() => wallClock("not a date", "Europe/Moscow")).toThrow(RangeError);
  });
});
