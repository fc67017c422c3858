import { and, eq, type SQL } from "drizzle-orm";
import { z } from "zod";
import { payments, personalAccounts, type PaymentSource } from "@/db/schema";
import { paymentSourceLabels } from "@/lib/payments/payment-vocabulary";
import type { StaffContext } from "@/lib/core/context";
import { buildingScope } from "@/lib/org/building-scope";
import { apiListQuerySchema, apiReader, cursorText, parseApiQuery } from "../api-page";

const paymentSources = Object.keys(paymentSourceLabels) as [PaymentSource, ...PaymentSource[]];

const fields = {
  id: payments.id,
  cursorAt: cursorText(payments),
  source: payments.source,
  status: payments.status,
  idempotencyKey: payments.idempotencyKey,
  accountId: payments.accountId,
  accountNumber: personalAccounts.number,
  amountKopecks: payments.amountKopecks,
  refundedKopecks: payments.refundedKopecks,
  paidOn: payments.paidOn,
  paidAt: payments.paidAt,
  purpose: payments.purpose,
  payerName: payments.payerName,
  updatedAt: payments.updatedAt,
};

/** GET /api/v1/payments: every payment of the organisation (online ones too); kopecks as integers in strings. */
const paymentsReader = apiReader({
  table: payments,
  permission: "finance.payments.view",
  noun: "Платёж",
  select: (ctx: StaffContext) => (where: SQL | undefined, order: SQL[], limit: number) =>
    ctx.db
      .select(fields)
      .from(payments)
      .leftJoin(personalAccounts, eq(personalAccounts.id, payments.accountId))
      .where(and(where, buildingScope(ctx, payments.buildingId)))
      .orderBy(...order)
      .limit(limit),
  shape: (_ctx, rows) =>
    rows.map(({ idempotencyKey, amountKopecks, refundedKopecks, ...r }) => ({
      ...r,
      amountKopecks: amountKopecks.toString(),
      refundedKopecks: refundedKopecks.toString(),
      externalId: idempotencyKey.startsWith("api:") ? idempotencyKey.slice(4) : null,
    })),
});

/** A payment's external id lives in its idempotency key (`api:<externalId>`), so that filter is its own. */
export const paymentListQuerySchema = apiListQuerySchema.extend({
  source: z.enum(paymentSources, `source: одно из ${paymentSources.join(", ")}`).optional(),
  accountId: z.uuid("accountId: неверный идентификатор лицевого счёта").optional(),
});

export function listApiPayments(ctx: StaffContext, url: string) {
  const query = parseApiQuery(url, paymentListQuerySchema);
  return paymentsReader.list(
    ctx,
    query,
    and(
      query.externalId ? eq(payments.idempotencyKey, `api:${query.externalId}`) : undefined,
      query.source ? eq(payments.source, query.source) : undefined,
      query.accountId ? eq(payments.accountId, query.accountId) : undefined,
    ),
  );
}
