/** Billing months "YYYY-MM" and their days, by integer arithmetic (no Date time zones involved). */
const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

export const isPeriod = (text: string): boolean => PERIOD.test(text);

/** The month `months` after (or before, when negative) `period`. */
export function shiftPeriod(period: string, months: number): string {
  const index = Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export const firstDayOf = (period: string): string => `${period}-01`;

export function lastDayOf(period: string): string {
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(5, 7));
  return `${period}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, "0")}`;
}

/** The organisation's payment day in the month after the period, moved to the month's last day when shorter. */
export function dueDateOf(period: string, paymentDueDay: number): string {
  const next = shiftPeriod(period, 1);
  const last = Number(lastDayOf(next).slice(8));
  return `${next}-${String(Math.min(paymentDueDay, last)).padStart(2, "0")}`;
}
