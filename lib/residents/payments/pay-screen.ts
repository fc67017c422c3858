import { and, asc, desc, eq, gt, inArray, isNull, ne } from "drizzle-orm";
import { clients, invoices, paymentGateways, personalAccounts, type InvoiceType } from "@/db/schema";
import { AppError, notFound } from "@/lib/core/errors";
import { activePayeeGateway, payeeOf } from "@/lib/payments/gateways/payee-gateway";
import { visibleAccounts } from "../premises/visible-accounts";
import { listMySavedCards } from "./my-saved-cards";
import { listMyPremises } from "../premises/list-my-premises";
import type { ResidentContext } from "../resident-context";
import { payablePremises } from "./payable-premises";
import { debtByAccount } from "./invoices-debt";
import { payGroupOf, type BuildingPaymentSettings, type PayGroup } from "./payment-rules";
import { insuranceInvoicesOf } from "./start-payment";

/** What the cabinet's «Оплата» screen was opened for (its search parameters). */
export type PayQuery = { invoiceId?: string; premiseId?: string; group: PayGroup; all: boolean; advance: boolean; accountId?: string };

export type PayScreenInvoice = { id: string; accountId: string; type: InvoiceType; period: string; accountNumber: string; address: string; dueKopecks: bigint };

export type CommissionRule = Pick<typeof paymentGateways.$inferSelect, "commissionPayer" | "commissionBp" | "commissionMinKopecks">;

export type PayScreen = {
  premiseId: string | null;
  accountId: string | null;
  invoices: PayScreenInvoice[];
  /** What they ask together (debtOf: the newest invoice of a type carries the older ones' debt). */
  dueKopecks: bigint;
  /** Of the premise paid for; with several premises the strictest is what the service checks anyway. */
  settings: BuildingPaymentSettings;
  /** Σ of the insurance invoices the checkbox adds; null when none is offered (several premises, not ЖКУ). */
  insuranceKopecks: bigint | null;
  defaultEmail: string;
  /** The organisation's gateway commission, shown before paying; null when no gateway is set up. */
  commission: CommissionRule | null;
  /** The resident's saved cards of the gateway that will take this payment (createOnlinePayment checks it again). */
  savedCards: { id: string; title: string }[];
};

/**
 * The «Оплата» screen (seed 000, resident §3–5, §9): the invoices it pays — one, a premise's group, the group over
 * every premise — or an advance; what the building allows; the insurance on offer; the profile's email; the
 * commission. Everything is checked again by planPayment when the resident presses «Оплатить».
 */
export async function loadPayScreen(ctx: ResidentContext, query: PayQuery): Promise<PayScreen> {
  const mine = await listMyPremises(ctx);
  const premiseIds = query.all ? mine.map((p) => p.id) : query.premiseId ? [query.premiseId] : [];
  if (premiseIds.length === 0) throw notFound("Помещение");
  const found = await payablePremises(ctx, premiseIds);
  const home = found.get(premiseIds[0]!)!;
  const addresses = new Map(mine.map((p) => [p.id, p.address]));
  const rows = query.advance
    ? []
    : await ctx.db
        .select({ id: invoices.id, accountId: invoices.accountId, type: invoices.type, period: invoices.period, accountNumber: personalAccounts.number, premiseId: invoices.premiseId, dueKopecks: invoices.totalKopecks })
        .from(invoices)
        .innerJoin(personalAccounts, eq(personalAccounts.id, invoices.accountId))
        .where(
          and(
            inArray(invoices.premiseId, [...found.keys()]),
            eq(invoices.orgId, home.orgId),
            eq(invoices.status, "issued"),
            eq(invoices.isActual, true),
            ne(invoices.type, "insurance"),
            gt(invoices.totalKopecks, 0n),
            eq(personalAccounts.hiddenInCabinet, false),
            isNull(personalAccounts.archivedAt),
            query.invoiceId ? eq(invoices.id, query.invoiceId) : undefined,
          ),
        )
        .orderBy(asc(invoices.premiseId), desc(invoices.period), asc(invoices.type));
  const chosen = query.invoiceId ? rows : rows.filter((r) => payGroupOf(r.type) === query.group);
  if (query.invoiceId && chosen.length === 0) throw notFound("Счёт");
  const single = found.size === 1 && chosen.every((i) => i.type === "utilities");
  const insurance = single ? await insuranceInvoicesOf(ctx, home.premiseId) : [];
  const [[profile], [gateway]] = await Promise.all([
    ctx.db.select({ email: clients.email }).from(clients).where(eq(clients.id, home.client.id)),
    ctx.db
      .select({ commissionPayer: paymentGateways.commissionPayer, commissionBp: paymentGateways.commissionBp, commissionMinKopecks: paymentGateways.commissionMinKopecks })
      .from(paymentGateways)
      .where(and(eq(paymentGateways.orgId, home.orgId), eq(paymentGateways.isActive, true), isNull(paymentGateways.archivedAt)))
      .orderBy(asc(paymentGateways.createdAt))
      .limit(1),
  ]);
  const [debt, insuranceDebt] = await Promise.all([debtByAccount(ctx.db, chosen), debtByAccount(ctx.db, insurance)]);
  const total = (m: Map<string, bigint>) => [...m.values()].reduce((s, v) => s + v, 0n);
  return {
    premiseId: found.size === 1 ? home.premiseId : null,
    accountId: query.accountId ?? null,
    invoices: chosen.map(({ premiseId, ...i }) => ({ ...i, address: addresses.get(premiseId) ?? "" })),
    dueKopecks: total(debt),
    settings: home.settings,
    insuranceKopecks: insurance.length ? total(insuranceDebt) : null,
    defaultEmail: profile?.email ?? "",
    commission: gateway ?? null,
    savedCards: await savedCardsFor(ctx, home.orgId, chosen.length ? chosen.map((i) => i.accountId) : await advanceAccountIds(ctx, home.premiseId, query.accountId), chosen.map((i) => i.id)),
  };
}

async function advanceAccountIds(ctx: ResidentContext, premiseId: string, accountId: string | undefined): Promise<string[]> {
  const accounts = await visibleAccounts(ctx.db, [premiseId]);
  const account = accountId ? accounts.find((a) => a.id === accountId) : accounts[0];
  return account ? [account.id] : [];
}

/** Cards saved with the payee's active gateway; none when the payee has no gateway yet or cannot be told. */
async function savedCardsFor(ctx: ResidentContext, orgId: string, accountIds: string[], invoiceIds: string[]): Promise<{ id: string; title: string }[]> {
  if (accountIds.length === 0) return [];
  try {
    const gateway = await activePayeeGateway(ctx.db, orgId, await payeeOf(ctx.db, orgId, [...new Set(accountIds)], invoiceIds));
    if (!gateway) return [];
    return (await listMySavedCards(ctx)).filter((c) => c.gatewayId === gateway.id).map(({ id, title }) => ({ id, title }));
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") return [];
    throw error;
  }
}
