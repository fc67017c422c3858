import { and, eq, gt, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { clients, invoices, payments, personalAccounts, type InvoiceType, type PaymentIntent } from "@/db/schema";
import type { BookingScope } from "@/lib/payments/book-payment";
import { AppError, notFound } from "@/lib/core/errors";
import { residentAuditScope, type ResidentContext } from "../resident-context";
import { visibleAccounts } from "../premises/visible-accounts";
import { payablePremises, type PayablePremise } from "./payable-premises";
import { debtByAccount } from "./invoices-debt";
import { checkPaymentChoice, payGroupOf } from "./payment-rules";
import type { StartPaymentInput } from "./start-payment-schema";

/** lib/payments/create-online-payment.ts (helper "gateways"): commission, the pending payments row, the gateway call. */
export type CreateOnlinePayment = (
  scope: BookingScope & { db: Db },
  input: { payerClientId: string | null; intent: PaymentIntent[]; receiptEmail: string | null; saveCard: boolean; savedMethodId?: string; returnPath: string },
) => Promise<{ paymentId: string; redirectUrl: string | null }>;

export type PaymentPlan = { scope: BookingScope; payerClientId: string; intent: PaymentIntent[]; receiptEmail: string | null; amountKopecks: bigint };

/** The return page of helper "gateways": refreshes the payment from the gateway and tells its state. */
export const PAYMENT_RETURN_PATH = "/cabinet/payments/return";

const invoiceColumns = {
  id: invoices.id,
  orgId: invoices.orgId,
  premiseId: invoices.premiseId,
  accountId: invoices.accountId,
  type: invoices.type,
  period: invoices.period,
  status: invoices.status,
  isActual: invoices.isActual,
  dueKopecks: invoices.totalKopecks,
};
type ChosenInvoice = { [K in keyof typeof invoiceColumns]: (typeof invoices.$inferSelect)[K extends "dueKopecks" ? "totalKopecks" : K] };

const visibleAccount = and(eq(personalAccounts.hiddenInCabinet, false), isNull(personalAccounts.archivedAt));

/** The chosen invoices, each on a premise of the resident's; another's id is «не найден», not payable ones say why. */
async function chosenInvoices(ctx: ResidentContext, ids: readonly string[]): Promise<ChosenInvoice[]> {
  if (ids.length === 0) return [];
  const rows = await ctx.db
    .select(invoiceColumns)
    .from(invoices)
    .innerJoin(personalAccounts, eq(personalAccounts.id, invoices.accountId))
    .where(and(inArray(invoices.id, [...ids]), inArray(invoices.orgId, [...new Set(ctx.clients.map((c) => c.orgId))]), visibleAccount));
  if (rows.length !== new Set(ids).size) throw notFound("Счёт");
  for (const invoice of rows) {
    if (invoice.status === "draft") throw new AppError("CONFLICT", "Счёт ещё не выставлен — оплатить его нельзя");
    if (invoice.status === "cancelled") throw new AppError("CONFLICT", "Счёт отменён — оплачивать его не нужно");
    if (!invoice.isActual) throw new AppError("CONFLICT", "Это справочный счёт — оплачивайте актуальный");
    if (invoice.dueKopecks <= 0n) throw new AppError("CONFLICT", "Счёт уже оплачен");
    if (invoice.type === "insurance") throw new AppError("VALIDATION", "Страхование оплачивается вместе со счётом ЖКУ — отметьте «Добавить страхование»");
  }
  return rows;
}

/** The premise's insurance invoices still to pay: what «Добавить страхование» adds. */
export async function insuranceInvoicesOf(ctx: ResidentContext, premiseId: string) {
  return ctx.db
    .select({ id: invoices.id, accountId: invoices.accountId, type: invoices.type, period: invoices.period, dueKopecks: invoices.totalKopecks })
    .from(invoices)
    .innerJoin(personalAccounts, eq(personalAccounts.id, invoices.accountId))
    .where(and(eq(invoices.premiseId, premiseId), eq(invoices.type, "insurance"), eq(invoices.status, "issued"), eq(invoices.isActual, true), gt(invoices.totalKopecks, 0n), visibleAccount));
}

type Payable = { id: string; accountId: string; type: InvoiceType; period: string; dueKopecks: bigint };

/** One intent entry per account: its invoices and what they ask (debtByAccount). */
async function intentOf(ctx: ResidentContext, rows: readonly Payable[]): Promise<PaymentIntent[]> {
  const debt = await debtByAccount(ctx.db, rows);
  return [...debt].map(([accountId, kopecks]) => ({ accountId, invoiceIds: rows.filter((r) => r.accountId === accountId).map((r) => r.id), amountKopecks: kopecks.toString() }));
}

/**
 * Checks the resident may pay exactly this and builds the intent createOnlinePayment books later: the invoices must
 * be theirs, issued, actual and unpaid, of one organisation and one group (ЖКУ / капремонт / иные); the building's
 * options decide an amount of their own, an advance and insurance (payment-rules.ts).
 */
export async function planPayment(ctx: ResidentContext, input: StartPaymentInput): Promise<PaymentPlan> {
  const chosen = await chosenInvoices(ctx, input.invoiceIds);
  const premiseIds = [...new Set([...chosen.map((i) => i.premiseId), ...(input.premiseId ? [input.premiseId] : [])])];
  const premises = await payablePremises(ctx, premiseIds);
  const orgs = new Set([...premises.values()].map((p) => p.orgId));
  if (orgs.size > 1) throw new AppError("VALIDATION", "Счета разных управляющих организаций оплачиваются по отдельности");
  if (new Set(chosen.map((i) => payGroupOf(i.type))).size > 1) throw new AppError("VALIDATION", "Выберите одну группу счетов: ЖКУ, капремонт или иные услуги");
  const home: PayablePremise = premises.get(input.premiseId ?? premiseIds[0]!)!;
  const disabled = [...premises.values()].find((p) => !p.settings.onlinePayment);
  const insurance = input.insurance ? await insuranceInvoicesOf(ctx, home.premiseId) : [];
  if (input.insurance && insurance.length === 0) throw new AppError("VALIDATION", "Счёта на страхование нет", { insurance: ["Счёта на страхование нет"] });
  const intent = await intentOf(ctx, chosen);
  const insuranceIntent = await intentOf(ctx, insurance);
  if (input.amount !== null && intent.length > 1) throw new AppError("VALIDATION", "Свою сумму можно указать только по одному лицевому счёту", { amount: ["Свою сумму можно указать только по одному лицевому счёту"] });
  const { amountKopecks } = checkPaymentChoice({
    settings: disabled?.settings ?? home.settings,
    types: chosen.map((i) => i.type),
    dueKopecks: intent.reduce((sum, i) => sum + BigInt(i.amountKopecks), 0n),
    amountKopecks: input.amount,
    insuranceKopecks: input.insurance ? insuranceIntent.reduce((sum, i) => sum + BigInt(i.amountKopecks), 0n) : null,
    severalPremises: premises.size > 1,
  });
  if (intent.length === 0 && amountKopecks > 0n) intent.push({ accountId: await advanceAccount(ctx, home.premiseId, input.accountId), invoiceIds: [], amountKopecks: amountKopecks.toString() });
  else if (intent.length === 1) intent[0]!.amountKopecks = amountKopecks.toString();
  intent.push(...insuranceIntent);
  const [profile] = await ctx.db.select({ email: clients.email }).from(clients).where(eq(clients.id, home.client.id));
  return {
    scope: residentAuditScope(ctx, home.client),
    payerClientId: home.client.id,
    intent,
    receiptEmail: input.receiptEmail || profile?.email || null,
    amountKopecks: intent.reduce((s, i) => s + BigInt(i.amountKopecks), 0n),
  };
}

/** An advance goes to the account the resident chose, else the premise's first visible one (seed 000, resident §9). */
async function advanceAccount(ctx: ResidentContext, premiseId: string, accountId: string | undefined): Promise<string> {
  const accounts = await visibleAccounts(ctx.db, [premiseId]);
  const account = accountId ? accounts.find((a) => a.id === accountId) : accounts[0];
  if (!account) throw notFound("Лицевой счёт");
  return account.id;
}

/**
 * Pays from the cabinet: the checks of planPayment, then the gateway's payment. Returns where to send the resident:
 * the gateway's page, or — a saved card charged at once — straight back to the payment's status; `booked` says the
 * charge was booked at once, so the caller tells staff (PAYMENT_RECEIVED) as the webhook would have.
 * A saved card must be the payer's own and of the payee's gateway (createOnlinePayment: another's is «не найдена»).
 */
export async function startPayment(ctx: ResidentContext, input: StartPaymentInput, createOnlinePayment: CreateOnlinePayment): Promise<{ paymentId: string; redirectUrl: string; booked: boolean }> {
  const plan = await planPayment(ctx, input);
  const { paymentId, redirectUrl } = await createOnlinePayment({ db: ctx.db, ...plan.scope }, {
    payerClientId: plan.payerClientId,
    intent: plan.intent,
    receiptEmail: plan.receiptEmail,
    saveCard: input.saveCard,
    savedMethodId: input.savedMethodId,
    returnPath: PAYMENT_RETURN_PATH,
  });
  if (redirectUrl) return { paymentId, redirectUrl, booked: false };
  const [row] = await ctx.db.select({ status: payments.status }).from(payments).where(eq(payments.id, paymentId));
  return { paymentId, redirectUrl: `${PAYMENT_RETURN_PATH}?payment=${paymentId}`, booked: row?.status === "succeeded" };
}
