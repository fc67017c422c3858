import { randomUUID } from "node:crypto";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { analyzeTables } from "@/db/analyze";
import { sealedSandboxSecret } from "@/lib/payments/gateways/gateway-secrets";
import { bankAccounts, invoices, legalEntities, paymentGateways, paymentItems, payments, type PaymentSource } from "@/db/schema";
import { log } from "@/lib/core/log";
import { queryRows } from "@/lib/exchange/plan/bulk-sql";
import { bookPayment } from "@/lib/payments/book-payment";
import { insertAll } from "./demo-registry";

/** Of the last month's issued invoices: every 3rd account pays online, every 10th through the bank (API or statement). */
const ONLINE_EVERY = 3;
const THIRD_PARTY_EVERY = 10;

type Due = { account_id: string; building_id: string; invoice_id: string; legal_entity_id: string; total: string; payer: string | null; client_id: string | null; n: number };

/**
 * A month of payments in the demo: a sandbox gateway per legal entity, and for the last issued month online payments
 * (succeeded, 1 % commission borne by the organisation, a receipt sent) and third-party ones (API, bank statement),
 * every one booked through bookPayment, so the ledger, invoices and «Должники» agree with «Платежи».
 */
export async function seedDemoPayments(db: Db, orgId: string): Promise<void> {
  const started = Date.now();
  const entities = await db
    .select({ id: legalEntities.id, name: legalEntities.name, bankAccountId: bankAccounts.id })
    .from(legalEntities)
    .innerJoin(bankAccounts, and(eq(bankAccounts.legalEntityId, legalEntities.id), eq(bankAccounts.isDefault, true)))
    .where(eq(legalEntities.orgId, orgId));
  const gateways = await db
    .insert(paymentGateways)
    .values(entities.map((e) => ({ orgId, legalEntityId: e.id, bankAccountId: e.bankAccountId, provider: "sandbox" as const, name: `Тестовые платежи · ${e.name}`, commissionBp: 100, secretEncrypted: sealedSandboxSecret() })))
    .returning({ id: paymentGateways.id, legalEntityId: paymentGateways.legalEntityId });
  const gatewayOf = new Map(gateways.map((g) => [g.legalEntityId, g.id]));
  const [last] = await db.select({ period: sql<string>`max(${invoices.period})` }).from(invoices).where(and(eq(invoices.orgId, orgId), eq(invoices.status, "issued"), isNotNull(invoices.period)));
  if (!last?.period) return;
  const due = await queryRows<Due>(
    db,
    sql`select i.account_id, i.building_id, i.id as invoice_id, t.legal_entity_id, i.total_kopecks::text as total,
               (select concat_ws(' ', c.last_name, c.first_name, c.middle_name) from premise_clients pc join clients c on c.id = pc.client_id
                 where pc.premise_id = i.premise_id and pc.removed_at is null and pc.basis = 'owner' order by c.last_name limit 1) as payer,
               (select pc.client_id from premise_clients pc join clients c on c.id = pc.client_id
                 where pc.premise_id = i.premise_id and pc.removed_at is null and pc.basis = 'owner' order by c.last_name limit 1) as client_id,
               row_number() over (order by i.account_id, i.type)::int as n
        from invoices i
        join lateral (select tr.legal_entity_id from invoice_lines l join tariffs tr on tr.id = l.tariff_id where l.invoice_id = i.id limit 1) t on true
        where i.org_id = ${orgId} and i.period = ${last.period} and i.status = 'issued' and i.total_kopecks > 0`,
  );
  const paidAt = (n: number) => new Date(Date.now() - (1 + (n % 27)) * 86_400_000 - (n % 600) * 60_000);
  const rows: (typeof payments.$inferInsert)[] = [];
  for (const d of due) {
    const online = d.n % ONLINE_EVERY === 0;
    if (!online && d.n % THIRD_PARTY_EVERY !== 1) continue;
    const amount = BigInt(d.total);
    const source: PaymentSource = online ? "online" : Math.floor(d.n / THIRD_PARTY_EVERY) % 2 ? "statement" : "api";
    const commission = online ? (amount * 100n) / 10_000n : 0n;
    const at = paidAt(d.n);
    rows.push({
      id: randomUUID(),
      orgId,
      source,
      status: "pending",
      idempotencyKey: `demo-${source}-${d.invoice_id}`,
      gatewayId: online ? (gatewayOf.get(d.legal_entity_id) ?? null) : null,
      provider: online ? "sandbox" : null,
      providerPaymentId: online ? `sbx-${d.invoice_id.slice(0, 8)}-${d.n}` : null,
      amountKopecks: amount,
      commissionKopecks: commission,
      chargedKopecks: amount,
      accountId: d.account_id,
      buildingId: d.building_id,
      payerClientId: online ? d.client_id : null,
      payerName: online ? d.payer : null,
      receiptSentAt: online ? at : null,
      purpose: `Оплата ЖКУ за ${last.period.slice(5)}.${last.period.slice(0, 4)}`,
      intent: [{ accountId: d.account_id, invoiceIds: [d.invoice_id], amountKopecks: amount.toString() }],
      paidOn: online ? null : at.toISOString().slice(0, 10),
      createdAt: at,
    });
  }
  await insertAll(db, payments, rows);
  const scope = { orgId, actor: { type: "system" as const, name: "Демо-данные" } };
  for (const row of rows) await db.transaction((tx) => bookPayment(tx, scope, row.id!, row.createdAt as Date));
  await analyzeTables(db, [payments, paymentItems]);
  log.info("demo_payments_seeded", { payments: rows.length, seconds: (Date.now() - started) / 1000 });
}
