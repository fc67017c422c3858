import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { invoices } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { bookThirdPartyPayment } from "@/lib/payments/third-party/book-third-party-payment";
import { loadPaymentAccounts, type PaymentAccount } from "@/lib/payments/third-party/payment-accounts";
import { externalIdSchema } from "@/lib/registry/clients/client-schema";
import { boundedString } from "@/lib/validation/bounded-string";
import { parseInRussian } from "@/lib/validation/zod-messages";
import { asObject, repeatedKeys, unknownFieldReasons } from "../bulk-body";
import { addReason, reasonsFromZod, type BulkItemError } from "../bulk-errors";
import type { BulkSpec, PreparedItem } from "../run-bulk";

/** 1 000 000 000,00 ₽: more than any housing payment, far below where a JSON number stops being exact. */
const MAX_AMOUNT_KOPECKS = 100_000_000_000;

/**
 * One payment of POST /api/v1/payments: money that reached the organisation elsewhere (a bank, a payment agent, 1C).
 * The amount is an integer number of kopecks — never roubles with a fraction, so no float can round it.
 */
export const paymentItemSchema = z.object({
  externalId: externalIdSchema,
  accountId: z.uuid("Неверный идентификатор лицевого счёта").optional(),
  accountNumber: boundedString(50, "Номер лицевого счёта").trim().min(1, "Укажите номер лицевого счёта").optional(),
  amountKopecks: z
    .number("Сумма в копейках: целое число")
    .int("Сумма в копейках: целое число, без дробной части")
    .min(1, "Сумма должна быть больше нуля")
    .max(MAX_AMOUNT_KOPECKS, "Слишком большая сумма"),
  paidOn: z.iso.date("Дата оплаты: YYYY-MM-DD"),
  purpose: boundedString(500, "Назначение платежа").trim().optional(),
  payerName: boundedString(300, "Плательщик").trim().optional(),
  invoiceIds: z.array(z.uuid("Неверный идентификатор счёта"), "invoiceIds: массив идентификаторов счетов").max(50, "Не больше 50 счетов").optional(),
});
export type PaymentItem = z.output<typeof paymentItemSchema>;

const accepted = new Set(Object.keys(paymentItemSchema.shape));

/** The key an API payment is stored under: sent again, it is answered «unchanged» and booked once. */
export const apiPaymentKey = (externalId: string) => `api:${externalId}`;

type PreparedPayment = { item: PaymentItem; account: PaymentAccount };

/** Invoice ids that are the account's own; any other (another account's, another organisation's) is «не найден». */
async function invoicesOfAccounts(ctx: StaffContext, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await ctx.db.select({ id: invoices.id, accountId: invoices.accountId }).from(invoices).where(and(eq(invoices.orgId, ctx.orgId), inArray(invoices.id, ids)));
  return new Map(rows.map((r) => [r.id, r.accountId]));
}

/** Every item checked before anything is booked: the account (by id or number) and the invoices must be the organisation's. */
async function preparePayments(ctx: StaffContext, raw: unknown[]) {
  assertPermission(ctx, "finance.payments.edit");
  const errors = new Map<number, BulkItemError>();
  const parsed = raw.map((item, index) => {
    const externalId = asObject(item).externalId as string | undefined;
    for (const reason of unknownFieldReasons(item, accepted)) addReason(errors, index, reason, externalId);
    const result = parseInRussian(paymentItemSchema, item);
    if (result.success) return result.data;
    for (const reason of reasonsFromZod(result.error)) addReason(errors, index, reason, externalId);
    return null;
  });
  for (const [index, first] of repeatedKeys(parsed.map((p) => p?.externalId))) {
    addReason(errors, index, { field: "externalId", message: `externalId повторяет элемент ${first}` }, parsed[index]?.externalId);
  }
  const ok = parsed.flatMap((p) => (p ? [p] : []));
  const accounts = await loadPaymentAccounts(ctx, { ids: ok.flatMap((p) => (p.accountId ? [p.accountId] : [])), numbers: ok.flatMap((p) => (p.accountNumber ? [p.accountNumber] : [])) });
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const byNumber = new Map(accounts.map((a) => [a.number, a]));
  const invoiceAccounts = await invoicesOfAccounts(ctx, ok.flatMap((p) => p.invoiceIds ?? []));
  const items: PreparedItem<PreparedPayment>[] = [];
  parsed.forEach((item, index) => {
    if (!item || errors.has(index)) return;
    const reason = (field: string, message: string) => addReason(errors, index, { field, message }, item.externalId);
    if (!item.accountId && !item.accountNumber) return reason("accountId", "Укажите accountId или accountNumber");
    const account = item.accountId ? byId.get(item.accountId) : byNumber.get(item.accountNumber ?? "");
    if (!account) return reason(item.accountId ? "accountId" : "accountNumber", "Лицевой счёт не найден");
    const foreign = (item.invoiceIds ?? []).findIndex((id) => invoiceAccounts.get(id) !== account.id);
    if (foreign >= 0) return reason(`invoiceIds.${foreign}`, "Счёт не найден у этого лицевого счёта");
    items.push({ index, externalId: item.externalId, data: { item, account } });
  });
  return { items, errors: [...errors.values()].sort((x, y) => x.index - y.index) };
}

/**
 * POST /api/v1/payments: each item is booked through bookPayment (source «api», paid) in the request's
 * transaction; idempotent by `api:<externalId>` in payments.idempotency_key, which the database keeps unique, so a
 * resend — even a parallel one — books nothing more and answers «unchanged».
 */
export function paymentBulkSpec(): BulkSpec<PreparedPayment> {
  return {
    kind: "api.payments",
    prepare: preparePayments,
    write: async (ctx, { data: { item, account } }) => {
      const { id, created } = await bookThirdPartyPayment(ctx.db, ctx, {
        source: "api",
        idempotencyKey: apiPaymentKey(item.externalId),
        accountId: account.id,
        buildingId: account.buildingId,
        amountKopecks: BigInt(item.amountKopecks),
        invoiceIds: item.invoiceIds ?? [],
        paidOn: item.paidOn,
        purpose: item.purpose || null,
        payerName: item.payerName || null,
      });
      return { id, outcome: created ? "created" : "unchanged" };
    },
  };
}
