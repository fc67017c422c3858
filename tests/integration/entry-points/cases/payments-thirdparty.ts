import { expect } from "vitest";
import { payments } from "@/db/schema";
import { createApiKey } from "@/lib/access/api-keys/create-api-key";
import { saveStatementPreview } from "@/lib/payments/statements/statement-preview-store";
import { uploadRequest } from "@/tests/support/upload-request";
import type { EntryCases, Fixture } from "../case-types";

const A_PAYMENT = "6f1c0a4e-0000-4000-8000-00000000b011";

/** A booked API payment of organisation A (made once, before the first snapshot is taken). */
async function aPayment({ db, a, aData }: Fixture): Promise<string> {
  await db
    .insert(payments)
    .values({ id: A_PAYMENT, orgId: a.orgId, source: "api", status: "succeeded", idempotencyKey: "api:A-PAY-1", amountKopecks: 10_000n, chargedKopecks: 10_000n, accountId: aData.residents.account.id })
    .onConflictDoNothing();
  return A_PAYMENT;
}

/** A previewed statement of organisation A that would book a payment to A's account. */
async function aStatement({ a, aData }: Fixture): Promise<string> {
  const line = { line: 1, number: "1", date: "2026-11-25", amountKopecks: "10000", payerName: "Чужой", payerInn: null, payerAccount: "40817810000000000001", purpose: null, accountNumber: null, address: null, period: null };
  const stored = await saveStatementPreview({
    orgId: a.orgId,
    format: "1c",
    fileName: "a.txt",
    fileHash: "a-hash",
    skipped: 0,
    lines: [{ ...line, key: "statement:a", accountId: aData.residents.account.id, accountLabel: aData.residents.account.number, address: null, booked: false }],
  });
  return stored.id;
}

async function asB(fx: Fixture, path: string, init: RequestInit = {}): Promise<Request> {
  const { key } = await createApiKey(fx.b.director, { name: "Ключ Беты (платежи)", scopes: ["payments:read", "payments:write"] });
  return new Request(`http://localhost${path}`, { ...init, headers: { authorization: `Bearer ${key}`, "content-type": "application/json" } });
}

const statementFile = (fx: Fixture) =>
  new File(
    [
      [
        "1CClientBankExchange",
        "СекцияДокумент=Платежное поручение",
        "Номер=1",
        "Дата=25.11.2026",
        "Сумма=100.00",
        "ПолучательСчет=40703810500000000001",
        `НазначениеПлатежа=ЛС ${fx.aData.residents.account.number}`,
        "КонецДокумента",
        "КонецФайла",
      ].join("\r\n"),
    ],
    "b.txt",
    { type: "text/plain" },
  );

export const cases: EntryCases = {
  actions: [
    { target: "app/(crm)/crm/payments/delete-actions.ts#deletePaymentAction", access: "finance.payments.edit", attack: async (fx) => ({ paymentId: await aPayment(fx), reason: "Чужой платёж" }) },
    { target: "app/(crm)/crm/payments/import/actions.ts#commitStatementAction", access: "finance.payments.edit", attack: async (fx) => ({ statementId: await aStatement(fx) }) },
    {
      target: "app/(crm)/crm/payments/import/actions.ts#findPaymentAccountsAction",
      access: "finance.payments.edit",
      // A search only looks in the caller's organisation: B searching A's account number finds none of A's.
      attack: ({ aData }) => ({ text: aData.residents.account.number }),
      ownOrgOnly: true,
      verify: (result, { aData }) => expect(JSON.stringify(result)).not.toContain(aData.residents.account.id),
    },
  ],
  routes: [
    {
      target: "app/(crm)/crm/payments/import/upload/route.ts#POST",
      access: "finance.payments.edit",
      // A statement naming A's account in the purpose: B's preview does not find it (and B has no such settlement account).
      request: (fx) => uploadRequest("http://localhost/crm/payments/import/upload", statementFile(fx)),
      verify: async (response, { aData }) => {
        expect(response.status).toBe(200);
        const text = await response.text();
        expect(text).not.toContain(aData.residents.account.id);
        expect(JSON.parse(text)).toMatchObject({ ok: true });
      },
    },
    {
      target: "app/api/v1/payments/route.ts#GET",
      access: "public",
      request: (fx) => asB(fx, "/api/v1/payments?externalId=A-PAY-1"),
      verify: async (response) => {
        expect(response.status).toBe(200);
        expect(((await response.json()) as { items: unknown[] }).items).toEqual([]);
      },
    },
    {
      target: "app/api/v1/payments/route.ts#POST",
      access: "public",
      // A payment to A's account by its id: unknown to B, so nothing is booked.
      request: (fx) => asB(fx, "/api/v1/payments", { method: "POST", body: JSON.stringify({ items: [{ externalId: "P-ATTACK", accountId: fx.aData.residents.account.id, amountKopecks: 100, paidOn: "2026-11-25" }] }) }),
      verify: async (response, { aData }) => {
        expect(response.status).toBe(422);
        const text = await response.text();
        expect(text).toContain("Лицевой счёт не найден");
        expect(text).not.toContain(aData.residents.account.number);
      },
    },
  ],
};
