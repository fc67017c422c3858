import { and, desc, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import { invoices, organisations, paymentItems, payments, type InvoiceType, type PaymentItemKind, type PaymentStatus } from "@/db/schema";
import { invoiceTypeLabels } from "@/lib/billing/billing-vocabulary";
import { formatDateTime, formatCalendarDate } from "@/lib/core/date-time";
import { periodLabel } from "@/lib/meters/collection-window";
import { paymentItemKindLabels } from "@/lib/payments/payment-vocabulary";
import { listMyPremises } from "../premises/list-my-premises";
import type { ResidentContext } from "../resident-context";

export type MyPaymentsTab = "online" | "third_party";
export type MyPaymentsQuery = { tab: MyPaymentsTab; from?: string; to?: string };

export type MyPayment = {
  id: string;
  /** Rendered on the server in the organisation's time zone. */
  when: string;
  status: PaymentStatus;
  amountKopecks: bigint;
  commissionKopecks: bigint;
  chargedKopecks: bigint;
  refundedKopecks: bigint;
  receiptEmail: string | null;
  /** What it paid: «ЖКУ за март 2026», «Аванс», with the sum of each. */
  paid: { label: string; kopecks: bigint }[];
};

const LIMIT = 100;

/** The day a payment counts on: the statement's date for third-party ones, else when it was made, in the org's zone. */
const dayOf = sql<string>`coalesce(${payments.paidOn}, (${payments.createdAt} at time zone ${organisations.timezone})::date)`;

function itemLabel(kind: PaymentItemKind, type: InvoiceType | null, period: string | null) {
  return kind === "invoice_line" && type ? `${invoiceTypeLabels[type]}${period ? ` за ${periodLabel(period)}` : ""}` : paymentItemKindLabels[kind];
}

function sumByLabel(parts: { label: string; kopecks: bigint }[]) {
  const sums = new Map<string, bigint>();
  for (const p of parts) sums.set(p.label, (sums.get(p.label) ?? 0n) + p.kopecks);
  return [...sums].map(([label, kopecks]) => ({ label, kopecks }));
}

/**
 * «История платежей» (seed 000, resident §8): «Онлайн-платежи» — the resident's own from the cabinet, whatever
 * account they paid — and «Сторонние платежи» — those that came by bank, registry or the API to the accounts of the
 * resident's premises. Newest first, within a date range; each says what it paid: booked items, or what was chosen.
 */
export async function listMyPayments(ctx: ResidentContext, query: MyPaymentsQuery): Promise<MyPayment[]> {
  const clientIds = ctx.clients.filter((c) => !c.blocked).map((c) => c.id);
  if (clientIds.length === 0) return [];
  const orgIds = [...new Set(ctx.clients.filter((c) => !c.blocked).map((c) => c.orgId))];
  let whose: SQL;
  if (query.tab === "online") {
    whose = and(eq(payments.source, "online"), inArray(payments.payerClientId, clientIds))!;
  } else {
    const accountIds = (await listMyPremises(ctx)).flatMap((p) => p.accounts.map((a) => a.id));
    if (accountIds.length === 0) return [];
    whose = and(ne(payments.source, "online"), inArray(payments.accountId, accountIds))!;
  }
  const rows = await ctx.db
    .select({
      id: payments.id,
      createdAt: payments.createdAt,
      paidAt: payments.paidAt,
      paidOn: payments.paidOn,
      timezone: organisations.timezone,
      status: payments.status,
      amountKopecks: payments.amountKopecks,
      commissionKopecks: payments.commissionKopecks,
      chargedKopecks: payments.chargedKopecks,
      refundedKopecks: payments.refundedKopecks,
      receiptEmail: payments.receiptEmail,
      intent: payments.intent,
    })
    .from(payments)
    .innerJoin(organisations, eq(organisations.id, payments.orgId))
    .where(
      and(
        inArray(payments.orgId, orgIds),
        whose,
        ne(payments.status, "deleted"),
        query.from ? sql`${dayOf} >= ${query.from}::date` : undefined,
        query.to ? sql`${dayOf} <= ${query.to}::date` : undefined,
      ),
    )
    .orderBy(desc(payments.createdAt), desc(payments.id))
    .limit(LIMIT);
  const ids = rows.map((r) => r.id);
  const chosenIds = [...new Set(rows.flatMap((r) => r.intent.flatMap((i) => i.invoiceIds)))];
  const [items, chosen] = await Promise.all([
    ids.length
      ? ctx.db
          .select({ paymentId: paymentItems.paymentId, kind: paymentItems.kind, kopecks: paymentItems.amountKopecks, type: invoices.type, period: invoices.period })
          .from(paymentItems)
          .leftJoin(invoices, eq(invoices.id, paymentItems.invoiceId))
          .where(inArray(paymentItems.paymentId, ids))
          .orderBy(paymentItems.position)
      : [],
    chosenIds.length ? ctx.db.select({ id: invoices.id, type: invoices.type, period: invoices.period }).from(invoices).where(inArray(invoices.id, chosenIds)) : [],
  ]);
  return rows.map((r) => {
    const booked = items.filter((i) => i.paymentId === r.id).map((i) => ({ label: itemLabel(i.kind, i.type, i.period), kopecks: i.kopecks }));
    const asked = r.intent.map((i) => {
      const first = chosen.find((c) => i.invoiceIds.includes(c.id));
      return { label: first ? itemLabel("invoice_line", first.type, first.period) : paymentItemKindLabels.advance, kopecks: BigInt(i.amountKopecks) };
    });
    return {
      id: r.id,
      when: r.paidOn ? formatCalendarDate(r.paidOn) : formatDateTime(r.paidAt ?? r.createdAt, r.timezone),
      status: r.status,
      amountKopecks: r.amountKopecks,
      commissionKopecks: r.commissionKopecks,
      chargedKopecks: r.chargedKopecks,
      refundedKopecks: r.refundedKopecks,
      receiptEmail: r.receiptEmail,
      paid: sumByLabel(booked.length ? booked : asked),
    };
  });
}
