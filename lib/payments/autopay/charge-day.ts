/** Calendar arithmetic on "YYYY-MM-DD" strings, in UTC so no time zone shifts a day. */
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (d: Date) => d.toISOString().slice(0, 10);

export const addDays = (iso: string, days: number) => {
  const d = toDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
};

const daysInMonth = (year: number, month0: number) => new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();

/** The `day` of the month of `iso`, the 31st being the month's last day. */
function dayOfMonthIn(iso: string, day: number, monthsAhead: number) {
  const d = toDate(iso);
  const year = d.getUTCFullYear();
  const month0 = d.getUTCMonth() + monthsAhead;
  return toIso(new Date(Date.UTC(year, month0, Math.min(day, daysInMonth(year, month0)))));
}

export type ChargeRule = { mode: "after_issue" | "day_of_month"; daysAfterIssue: number | null; dayOfMonth: number | null };

/**
 * The day autopay first charges an invoice issued on `issuedOn`: N days after it, or the chosen day of the month on
 * or after it (issued on the 20th with the 10th chosen → the 10th of the next month).
 */
export function chargeDay(rule: ChargeRule, issuedOn: string): string {
  if (rule.mode === "after_issue") return addDays(issuedOn, rule.daysAfterIssue ?? 0);
  const day = rule.dayOfMonth ?? 1;
  const thisMonth = dayOfMonthIn(issuedOn, day, 0);
  return thisMonth >= issuedOn ? thisMonth : dayOfMonthIn(issuedOn, day, 1);
}

/** A failed charge is tried again on each of the next two days: three tries per invoice. */
export const AUTOPAY_TRIES = 3;
