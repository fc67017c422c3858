import { debtReminderRuns } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { todayIn } from "@/lib/core/date-time";
import { AppError } from "@/lib/core/errors";
import { countDebtReminderRecipients } from "./debt-reminder-recipients";
import type { DebtReminderInput } from "./debt-reminder-schema";

/**
 * «Отправить»: records the run — who, when, the channel, the filter and the employee's building scope, the count the
 * preview showed — and its audit row. The caller starts the job that sends it (sendDebtReminders).
 */
export async function startDebtReminder(ctx: StaffContext, input: DebtReminderInput): Promise<{ runId: string; recipients: number }> {
  assertPermission(ctx, "finance.debtors.view");
  const recipients = await countDebtReminderRecipients(ctx, input.query, input.channel, todayIn(ctx.timezone));
  if (!recipients) throw new AppError("VALIDATION", "Напоминать некому: у должников этого фильтра нет адреса для этого канала или им уже напоминали сегодня");
  return ctx.db.transaction(async (tx) => {
    const [run] = await tx
      .insert(debtReminderRuns)
      .values({
        orgId: ctx.orgId,
        channel: input.channel,
        filter: input.query,
        buildingIds: ctx.buildingIds === null ? null : [...ctx.buildingIds],
        recipients,
        createdBy: ctx.actor.type === "employee" ? ctx.actor.id : null,
      })
      .returning({ id: debtReminderRuns.id });
    await writeAudit(tx, ctx, { action: "debt_reminder.started", entityType: "debt_reminder_run", entityId: run!.id, after: { channel: input.channel, filter: input.query, recipients } });
    return { runId: run!.id, recipients };
  });
}
