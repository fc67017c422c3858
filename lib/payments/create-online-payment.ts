import { randomUUID } from "node:crypto";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bankAccounts, invoices, legalEntities, paymentGateways, payments, personalAccounts, premises, savedPaymentMethods, type PaymentIntent } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Actor } from "@/lib/core/context";
import { env } from "@/lib/core/env";
import { AppError, notFound } from "@/lib/core/errors";
import { commissionFor } from "./commission";
import { gatewayFor } from "./gateways/gateway-for";
import { payeeGateway, payeeOf } from "./gateways/payee-gateway";
import type { CreatePaymentInput, GatewayPayment, ReceiptItem } from "./gateways/payment-gateway";
import { settlePayment } from "./settle-payment";

export type OnlinePaymentScope = { db: Db; orgId: string; actor: Actor; ip?: string | null };

export type OnlinePaymentInput = {
  payerClientId: string | null;
  intent: PaymentIntent[];
  receiptEmail: string | null;
  saveCard: boolean;
  /** Pay with a card saved earlier: no redirect, the gateway charges it at once. */
  savedMethodId?: string;
  /** Where the payer comes back, on our own site («/cabinet/payments/return»); `payment=<id>` is added to it. */
  returnPath: string;
};

/** The webhook a gateway's notifications go to, on the configured public origin. */
export const notificationUrlFor = (provider: string) => `${env().publicOrigin}/api/payments/${provider}/webhook`;

const period = (p: string) => `${p.slice(5, 7)}.${p.slice(0, 4)}`;

/** 54-ФЗ: one item per account paid, and the commission when the payer bears it; Σ items = what is charged. */
function receiptItems(intent: PaymentIntent[], numbers: Map<string, string>, commissionKopecks: bigint, payerPays: boolean): ReceiptItem[] {
  const item = (description: string, amountKopecks: bigint): ReceiptItem => ({ description, quantity: "1.00", amountKopecks, vatCode: 1, paymentSubject: "service", paymentMode: "full_payment" });
  const items = intent.map((i) => item(`Оплата ЖКУ, ЛС ${numbers.get(i.accountId) ?? ""}`, BigInt(i.amountKopecks)));
  return payerPays && commissionKopecks > 0n ? [...items, item("Комиссия за перевод", commissionKopecks)] : items;
}

/**
 * Starts an online payment (resident flows, saved cards): checks that every account and invoice of the intent is the
 * organisation's, picks the payee's active gateway, adds the commission, records the payment pending under a fresh
 * order id (the unique idempotency key, and the gateway's idempotence key) and asks the gateway for it. Returns where
 * to send the payer; a saved card is charged at once, and a charge the gateway confirms there is settled at once.
 */
export async function createOnlinePayment(scope: OnlinePaymentScope, input: OnlinePaymentInput): Promise<{ paymentId: string; redirectUrl: string | null }> {
  const { db, orgId } = scope;
  if (!input.intent.length) throw new AppError("VALIDATION", "Выберите, что оплатить");
  if (!input.returnPath.startsWith("/") || input.returnPath.startsWith("//")) throw new AppError("VALIDATION", "Неверный адрес возврата");
  const amountKopecks = input.intent.reduce((sum, i) => sum + BigInt(i.amountKopecks), 0n);
  if (input.intent.some((i) => BigInt(i.amountKopecks) <= 0n)) throw new AppError("VALIDATION", "Сумма оплаты должна быть больше нуля");

  const accountIds = [...new Set(input.intent.map((i) => i.accountId))];
  const accounts = await db
    .select({ id: personalAccounts.id, number: personalAccounts.number, buildingId: premises.buildingId })
    .from(personalAccounts)
    .innerJoin(premises, eq(premises.id, personalAccounts.premiseId))
    .where(and(eq(personalAccounts.orgId, orgId), inArray(personalAccounts.id, accountIds), isNull(personalAccounts.archivedAt)));
  if (accounts.length !== accountIds.length) throw notFound("Лицевой счёт");
  const invoiceIds = [...new Set(input.intent.flatMap((i) => i.invoiceIds))];
  const chosen = invoiceIds.length
    ? await db.select({ id: invoices.id, accountId: invoices.accountId, period: invoices.period }).from(invoices).where(and(eq(invoices.orgId, orgId), inArray(invoices.id, invoiceIds), eq(invoices.status, "issued")))
    : [];
  const ownInvoice = (accountId: string, invoiceId: string) => chosen.some((c) => c.id === invoiceId && c.accountId === accountId);
  if (chosen.length !== invoiceIds.length || !input.intent.every((i) => i.invoiceIds.every((id) => ownInvoice(i.accountId, id)))) throw notFound("Счёт");

  // Another payer's card is «не найдена» before anything else is told about the payee (its gateway, its set-up).
  const saved = input.savedMethodId ? await savedMethodOf(db, orgId, input.savedMethodId, input.payerClientId) : null;
  const gatewayRow = await payeeGateway(db, orgId, await payeeOf(db, orgId, accountIds, invoiceIds));
  if (saved && saved.gatewayId !== gatewayRow.id) throw new AppError("CONFLICT", "Эта карта сохранена для другого получателя: оплатите новой картой");
  const { commissionKopecks, chargedKopecks } = commissionFor(gatewayRow, amountKopecks);
  const numbers = new Map(accounts.map((a) => [a.id, a.number]));
  const first = accounts.find((a) => a.id === input.intent[0]!.accountId)!;
  const latestPeriod = chosen.map((c) => c.period).toSorted().at(-1);
  const description = `Оплата ЖКУ${latestPeriod ? ` за ${period(latestPeriod)}` : ""}, ЛС ${[...numbers.values()].join(", ")}`;

  const paymentId = randomUUID();
  const orderId = randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(payments).values({
      id: paymentId,
      orgId,
      source: "online",
      status: "pending",
      idempotencyKey: orderId,
      gatewayId: gatewayRow.id,
      provider: gatewayRow.provider,
      amountKopecks,
      commissionKopecks,
      chargedKopecks,
      accountId: first.id,
      buildingId: first.buildingId,
      payerClientId: input.payerClientId,
      receiptEmail: input.receiptEmail,
      purpose: description,
      intent: input.intent,
      savedMethodId: saved?.id ?? null,
    });
    await writeAudit(tx, scope, { action: "payment.created", entityType: "payment", entityId: paymentId, after: { amountKopecks, commissionKopecks, chargedKopecks, provider: gatewayRow.provider } });
  });

  const returnUrl = new URL(input.returnPath, env().publicOrigin);
  returnUrl.searchParams.set("payment", paymentId);
  const request: CreatePaymentInput = {
    orderId,
    amountKopecks: chargedKopecks,
    description,
    returnUrl: returnUrl.toString(),
    notificationUrl: notificationUrlFor(gatewayRow.provider),
    receiptEmail: input.receiptEmail,
    receiptItems: receiptItems(input.intent, numbers, commissionKopecks, gatewayRow.commissionPayer === "payer"),
    savePaymentMethod: input.saveCard && !saved,
    utilities: await utilitiesOf(db, gatewayRow, latestPeriod, first.number),
  };
  const gateway = gatewayFor(gatewayRow);
  let state: GatewayPayment;
  try {
    state = saved ? await gateway.chargeSaved({ ...request, providerMethodId: saved.providerMethodId }) : await gateway.createPayment(request);
  } catch (error) {
    await db.update(payments).set({ status: "failed", updatedAt: new Date() }).where(eq(payments.id, paymentId));
    throw error;
  }
  await db.update(payments).set({ providerPaymentId: state.providerPaymentId, updatedAt: new Date() }).where(eq(payments.id, paymentId));
  if (state.status === "succeeded" || state.status === "canceled") await settlePayment(db, { orgId, paymentId }, state);
  return { paymentId, redirectUrl: state.confirmationUrl };
}

/** The payer's own saved card, not removed; another's (or none) is «не найдена». */
async function savedMethodOf(db: Db, orgId: string, id: string, clientId: string | null) {
  const [method] = await db
    .select()
    .from(savedPaymentMethods)
    .where(and(eq(savedPaymentMethods.id, id), eq(savedPaymentMethods.orgId, orgId), isNull(savedPaymentMethods.removedAt)));
  if (!method || !clientId || method.clientId !== clientId) throw notFound("Сохранённая карта");
  return method;
}

/** The payee's requisites for YooKassa's utilities order (ГИС ЖКХ), when its bank account is known. */
async function utilitiesOf(db: Db, gateway: typeof paymentGateways.$inferSelect, latestPeriod: string | undefined, accountNumber: string): Promise<CreatePaymentInput["utilities"]> {
  if (!gateway.bankAccountId || !latestPeriod) return undefined;
  const [row] = await db
    .select({ entity: legalEntities, bank: bankAccounts })
    .from(bankAccounts)
    .innerJoin(legalEntities, eq(legalEntities.id, bankAccounts.legalEntityId))
    .where(and(eq(bankAccounts.id, gateway.bankAccountId), eq(bankAccounts.orgId, gateway.orgId)));
  if (!row) return undefined;
  return {
    payeeName: row.entity.name,
    payeeInn: row.entity.inn,
    payeeKpp: row.entity.kpp,
    bankName: row.bank.bankName,
    bik: row.bank.bik,
    account: row.bank.settlementAccount,
    correspondentAccount: row.bank.correspondentAccount,
    period: latestPeriod,
    accountNumber,
  };
}
