import { and, eq, exists, isNull, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { employeeBuildings, employees, organisations, payments, personalAccounts, roleNotifications } from "@/db/schema";
import { formatDateTime } from "@/lib/core/date-time";
import { quoted } from "@/lib/core/russian-text";
import { formatRoubles } from "@/lib/exchange/decimal";
import { queueEmail } from "@/lib/notify/queue-email";

const EVENT = "finance.utility_payment_received";

/**
 * 000 §4 «Поступила оплата ЖКУ»: an email to every employee whose role has it on for email and who sees the
 * payment's building, written to the outbox in one transaction. Returns the outbox ids to deliver.
 */
export async function notifyPaymentReceived(db: Db, paymentId: string, publicOrigin: string): Promise<string[]> {
  const [row] = await db
    .select({ payment: payments, orgName: organisations.name, timezone: organisations.timezone, accountNumber: personalAccounts.number })
    .from(payments)
    .innerJoin(organisations, eq(organisations.id, payments.orgId))
    .leftJoin(personalAccounts, eq(personalAccounts.id, payments.accountId))
    .where(and(eq(payments.id, paymentId), eq(payments.status, "succeeded")));
  if (!row) return [];
  const { payment } = row;
  const people = await db
    .select({ email: employees.email })
    .from(employees)
    .where(
      and(
        eq(employees.orgId, payment.orgId),
        isNull(employees.blockedAt),
        exists(
          db
            .select({ one: roleNotifications.event })
            .from(roleNotifications)
            .where(and(eq(roleNotifications.roleId, employees.roleId), eq(roleNotifications.event, EVENT), eq(roleNotifications.email, true))),
        ),
        payment.buildingId
          ? or(
              eq(employees.allBuildings, true),
              exists(db.select({ one: employeeBuildings.buildingId }).from(employeeBuildings).where(and(eq(employeeBuildings.employeeId, employees.id), eq(employeeBuildings.buildingId, payment.buildingId)))),
            )
          : eq(employees.allBuildings, true),
      ),
    );
  const body = [
    "Здравствуйте!",
    "",
    `Поступила оплата ЖКУ: ${formatRoubles(payment.amountKopecks)}${row.accountNumber ? `, лицевой счёт ${row.accountNumber}` : ""}.`,
    payment.paidAt ? `Время оплаты: ${formatDateTime(payment.paidAt, row.timezone)}.` : "",
    payment.purpose ? `Назначение: ${payment.purpose}` : "",
    "",
    `Платежи: ${publicOrigin}/crm/payments`,
    "",
    quoted(row.orgName),
  ].filter((line, i, all) => line !== "" || all[i - 1] !== "");
  return db.transaction(async (tx) => {
    const ids: string[] = [];
    for (const person of people) {
      ids.push(await queueEmail(tx, { orgId: payment.orgId, to: person.email, subject: "Поступила оплата ЖКУ", body: body.join("\n"), template: "payments.received" }));
    }
    return ids;
  });
}
