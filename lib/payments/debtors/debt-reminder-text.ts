import { formatRoubles } from "@/lib/exchange/decimal";
import type { DebtReminderRecipient } from "./debt-reminder-recipients";

export const DEBT_REMINDER_SUBJECT = "Напоминание о задолженности";

/** What one recipient reads: their debt per account of the filter, in roubles, and how to pay. */
export function debtReminderText(orgName: string, r: Pick<DebtReminderRecipient, "accounts">): string {
  const debts = r.accounts.map((a) => `№ ${a.number} — ${formatRoubles(a.debtKopecks)}`).join(", ");
  const where = r.accounts.length > 1 ? "по лицевым счетам" : "по лицевому счёту";
  return `${orgName}: задолженность ${where} ${debts}. Пожалуйста, оплатите её в приложении жителя или по квитанции.`;
}
