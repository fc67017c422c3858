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
});
