import { and, asc, eq, exists, getTableColumns, gt, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  autopayAttempts,
  autopaySettings,
  clients,
  invoices,
  organisations,
  paymentGateways,
  payments,
  personalAccounts,
  premiseClients,
  savedPaymentMethods,
} from "@/db/schema";
import { invoiceTypeLabels } from "@/lib/billing/billing-vocabulary";
import { todayIn } from "@/lib/core/date-time";
import { formatRoubles } from "@/lib/exchange/decimal";
import { periodLabel } from "@/lib/meters/collection-window";
import { outboxOnlySmsGateway, type SmsGateway } from "@/lib/notify/sms";
import { chargeSavedMethod } from "../charge-saved-method";
import { notificationUrlFor } from "../create-online-payment";
import type { PaymentGateway } from "../gateways/payment-gateway";
import { noticeOnce, type NoticeRecipient } from "./autopay-notice";
import { addDays, AUTOPAY_TRIES, chargeDay } from "./charge-day";

export type AutopayDeps = {
  /** The adapter of a gateway account (lib/payments/gateways/gateway-for.ts in production, a fake in tests). */
  gatewayFor: (row: typeof paymentGateways.$inferSelect) => PaymentGateway;
  publicOrigin: string;
  sms?: SmsGateway;
};

export type AutopayRun = { charged: number; succeeded: number; failed: number; overLimit: number; reminded: number; outboxIds: string[]; bookedPaymentIds: string[] };

type Setting = Awaited<ReturnType<typeof activeSettings>>[number];
type Attempt = typeof autopayAttempts.$inferSelect;

/** Active settings whose resident is still linked to the premise, with a card not removed at a working gateway. */
function activeSettings(db: Db) {
  return db
    .select({
      setting: getTableColumns(autopaySettings),
      clientEmail: clients.email,
      phone: clients.phone,
      method: { id: savedPaymentMethods.id, providerMethodId: savedPaymentMethods.providerMethodId, title: savedPaymentMethods.title },
      gateway: getTableColumns(paymentGateways),
      timezone: organisations.timezone,
    })
    .from(autopaySettings)
    .innerJoin(clients, and(eq(clients.id, autopaySettings.clientId), isNull(clients.blockedAt), isNull(clients.archivedAt)))
    .innerJoin(savedPaymentMethods, and(eq(savedPaymentMethods.id, autopaySettings.savedMethodId), eq(savedPaymentMethods.clientId, autopaySettings.clientId), isNull(savedPaymentMethods.removedAt)))
    .innerJoin(paymentGateways, and(eq(paymentGateways.id, savedPaymentMethods.gatewayId), eq(paymentGateways.isActive, true), isNull(paymentGateways.archivedAt)))
    .innerJoin(organisations, eq(organisations.id, autopaySettings.orgId))
    .where(
      and(
        eq(autopaySettings.isActive, true),
        exists(
          db
            .select({ one: sql`1` })
            .from(premiseClients)
            .where(and(eq(premiseClients.premiseId, autopaySettings.premiseId), eq(premiseClients.clientId, autopaySettings.clientId), isNull(premiseClients.removedAt))),
        ),
      ),
    )
    .orderBy(asc(autopaySettings.id));
}

/** The setting's issued, actual, unpaid invoices of its types on accounts the resident sees. */
function openInvoices(db: Db, s: Setting["setting"]) {
  return db
    .select({ id: invoices.id, accountId: invoices.accountId, buildingId: invoices.buildingId, type: invoices.type, period: invoices.period, totalKopecks: invoices.totalKopecks, issuedAt: invoices.issuedAt, accountNumber: personalAccounts.number })
    .from(invoices)
    .innerJoin(personalAccounts, and(eq(personalAccounts.id, invoices.accountId), eq(personalAccounts.hiddenInCabinet, false), isNull(personalAccounts.archivedAt)))
    .where(
      and(
        eq(invoices.orgId, s.orgId),
        eq(invoices.premiseId, s.premiseId),
        eq(invoices.status, "issued"),
        eq(invoices.isActual, true),
        inArray(invoices.type, s.invoiceTypes),
        gt(invoices.totalKopecks, 0n),
        isNotNull(invoices.issuedAt),
      ),
    )
    .orderBy(asc(invoices.period), asc(invoices.type), asc(invoices.id));
}

/**
 * The daily autopay (seed 000 resident §7), for the day `now` falls on in each organisation's time zone. For each
 * active setting and each of its open invoices whose charge day has come: an invoice that would take the month's
 * autopay above the limit gets an `over_limit` attempt and the resident is told to pay it; any other is charged with
 * the saved card. A failure is tried again on each of the next two days, then the resident is told. The day before
 * the charge the resident is reminded. Every try is claimed first by its unique (setting, invoice, attempt) row, so
 * a rerun of the day — or two runs at once — charges nothing twice and tells nobody twice.
 */
export async function runAutopay(db: Db, deps: AutopayDeps, now = new Date()): Promise<AutopayRun> {
  const run: AutopayRun = { charged: 0, succeeded: 0, failed: 0, overLimit: 0, reminded: 0, outboxIds: [], bookedPaymentIds: [] };
  for (const row of await activeSettings(db)) await runSetting(db, deps, row, now, run);
  return run;
}

async function runSetting(db: Db, deps: AutopayDeps, row: Setting, now: Date, run: AutopayRun) {
  const { setting } = row;
  const today = todayIn(row.timezone, now);
  const open = await openInvoices(db, setting);
  if (!open.length) return;
  const attempts = await db
    .select()
    .from(autopayAttempts)
    .where(and(eq(autopayAttempts.autopayId, setting.id), inArray(autopayAttempts.invoiceId, open.map((i) => i.id))))
    .orderBy(asc(autopayAttempts.attempt));
  const to: NoticeRecipient = { email: setting.email ?? row.clientEmail, phone: row.phone };
  const sms = deps.sms ?? outboxOnlySmsGateway;
  const tell = async (invoiceId: string, kind: "reminder" | "over_limit" | "failed", subject: string, text: string) => {
    const outboxId = await noticeOnce(db, sms, { orgId: setting.orgId, autopayId: setting.id, invoiceId, kind, to, subject, text });
    if (outboxId) run.outboxIds.push(outboxId);
    return outboxId !== null;
  };

  for (const invoice of open) {
    const what = `${invoiceTypeLabels[invoice.type]} за ${periodLabel(invoice.period)}, ЛС ${invoice.accountNumber}`;
    const due = chargeDay(setting, todayIn(row.timezone, invoice.issuedAt!));
    const mine = attempts.filter((a) => a.invoiceId === invoice.id);
    if (due === addDays(today, 1) && !mine.length) {
      const text = `Завтра автоплатёж спишет ${formatRoubles(invoice.totalKopecks)} с карты ${row.method.title}: счёт ${what}.`;
      if (await tell(invoice.id, "reminder", "Завтра автоплатёж", text)) run.reminded++;
    }
    if (today < due) continue;
    const last = await settled(db, mine.at(-1), today);
    if (last && (last.status !== "failed" || last.attempt >= AUTOPAY_TRIES || last.attemptedOn >= today)) continue;
    const attempt = (last?.attempt ?? 0) + 1;

    if (setting.monthlyLimitKopecks !== null && (await spentThisMonth(db, setting.id, today)) + invoice.totalKopecks > setting.monthlyLimitKopecks) {
      const [claimed] = await db
        .insert(autopayAttempts)
        .values({ orgId: setting.orgId, autopayId: setting.id, invoiceId: invoice.id, attempt, status: "over_limit", attemptedOn: today })
        .onConflictDoNothing()
        .returning({ id: autopayAttempts.id });
      if (!claimed) continue;
      run.overLimit++;
      await tell(
        invoice.id,
        "over_limit",
        "Счёт не оплачен автоплатежом",
        `Счёт ${what} на ${formatRoubles(invoice.totalKopecks)} превышает месячный лимит автоплатежа ${formatRoubles(setting.monthlyLimitKopecks)} и не оплачен автоматически. Оплатите его в кабинете: ${deps.publicOrigin}/cabinet/premises/${setting.premiseId}/invoices`,
      );
      continue;
    }

    const [claimed] = await db
      .insert(autopayAttempts)
      .values({ orgId: setting.orgId, autopayId: setting.id, invoiceId: invoice.id, attempt, status: "charging", attemptedOn: today })
      .onConflictDoNothing()
      .returning({ id: autopayAttempts.id });
    if (!claimed) continue;
    run.charged++;
    const outcome = await chargeSavedMethod(
      db,
      setting.orgId,
      {
        idempotencyKey: claimed.id,
        gatewayRow: row.gateway,
        gateway: deps.gatewayFor(row.gateway),
        method: row.method,
        payerClientId: setting.clientId,
        buildingId: invoice.buildingId,
        intent: { accountId: invoice.accountId, invoiceIds: [invoice.id], amountKopecks: invoice.totalKopecks.toString() },
        description: `Автоплатёж: ${what}`,
        receiptEmail: to.email,
        receiptItem: { description: `Оплата: ${what}`, quantity: "1", vatCode: 1, paymentSubject: "service", paymentMode: "full_payment" },
        notificationUrl: notificationUrlFor(row.gateway.provider),
      },
      now,
    );
    const status = outcome.status === "succeeded" ? "succeeded" : outcome.status === "failed" || outcome.status === "canceled" ? "failed" : "charging";
    await db.update(autopayAttempts).set({ status, paymentId: outcome.paymentId, error: outcome.error }).where(eq(autopayAttempts.id, claimed.id));
    if (status === "succeeded") run.succeeded++;
    if (outcome.booked) run.bookedPaymentIds.push(outcome.paymentId);
    if (status !== "failed") continue;
    run.failed++;
    if (attempt >= AUTOPAY_TRIES)
      await tell(
        invoice.id,
        "failed",
        "Автоплатёж не прошёл",
        `Три попытки списать ${formatRoubles(invoice.totalKopecks)} с карты ${row.method.title} за счёт ${what} не удались. Оплатите счёт в кабинете: ${deps.publicOrigin}/cabinet/premises/${setting.premiseId}/invoices`,
      );
  }
}

/**
 * The last try as it stands now: one left «charging» on an earlier day takes its payment's outcome (the gateway's
 * notification booked or cancelled it meanwhile; a payment still pending keeps the invoice waiting, never charged
 * again; no payment at all means the try broke off before the gateway was asked).
 * Today's «charging» may be another run's, in progress, and stays as it is.
 */
async function settled(db: Db, last: Attempt | undefined, today: string): Promise<Attempt | undefined> {
  if (!last || last.status !== "charging" || last.attemptedOn >= today) return last;
  // By the order id, which is the attempt's id: a try that broke off after the payment was written still finds it.
  const [payment] = await db
    .select({ id: payments.id, status: payments.status })
    .from(payments)
    .where(and(eq(payments.orgId, last.orgId), eq(payments.idempotencyKey, last.id)));
  if (payment?.status === "pending") return last;
  const status = payment?.status === "succeeded" ? "succeeded" : "failed";
  await db
    .update(autopayAttempts)
    .set({ status, paymentId: payment?.id ?? null, error: status === "failed" ? (payment ? "Платёж не прошёл" : "Списание прервано") : null })
    .where(eq(autopayAttempts.id, last.id));
  return { ...last, status };
}

/** What autopay of this setting charged (or is charging) this month: the limit counts against it. */
async function spentThisMonth(db: Db, autopayId: string, today: string): Promise<bigint> {
  const [row] = await db
    .select({ sum: sql<string>`coalesce(sum(${payments.amountKopecks}), 0)::text` })
    .from(autopayAttempts)
    .innerJoin(payments, eq(payments.id, autopayAttempts.paymentId))
    .where(and(eq(autopayAttempts.autopayId, autopayId), inArray(autopayAttempts.status, ["succeeded", "charging"]), sql`${autopayAttempts.attemptedOn} >= ${`${today.slice(0, 7)}-01`}`));
  return BigInt(row?.sum ?? "0");
}
