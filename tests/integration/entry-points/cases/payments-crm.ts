import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { payments } from "@/db/schema";
import { makeGateway } from "@/tests/support/payment-fixtures";
import type { EntryCases, Fixture, RouteCase } from "../case-types";
import { xlsxText } from "../xlsx-text";

/** A list's export asked by B with A's account as the search and A's building as a filter: it must stay B's own. */
const exportCase = (route: string, access: RouteCase["access"], header: string): RouteCase => ({
  target: `app/(crm)/crm/${route}/route.ts#GET`,
  access,
  request: ({ aData }: Fixture) => new Request(`http://localhost/crm/${route}?q=${encodeURIComponent(aData.residents.account.number)}&building=${aData.building.id}`),
  verify: async (response, { aData }) => {
    expect(response.status).toBe(200);
    const text = await xlsxText(response);
    expect(text).toContain(header);
    expect(text).not.toContain(aData.residents.account.number);
    expect(text).not.toContain(aData.building.address);
  },
});

const A_ONLINE_PAYMENT = "6f1c0a4e-0000-4000-8000-00000000c011";

/** A succeeded online payment of organisation A through its sandbox gateway (made once, before the first snapshot). */
async function aOnlinePayment({ db, a, aData }: Fixture): Promise<string> {
  const [existing] = await db.select({ id: payments.id }).from(payments).where(eq(payments.id, A_ONLINE_PAYMENT));
  if (existing) return A_ONLINE_PAYMENT;
  const gateway = await makeGateway(db, a.orgId, { legalEntityId: aData.legalEntity.id, bankAccountId: aData.bankAccount.id }, "sandbox", { secret: "a-sandbox" });
  await db.insert(payments).values({
    id: A_ONLINE_PAYMENT,
    orgId: a.orgId,
    source: "online",
    status: "succeeded",
    idempotencyKey: "online:A-PAY-1",
    gatewayId: gateway.id,
    provider: "sandbox",
    providerPaymentId: "sandbox-A-1",
    amountKopecks: 10_000n,
    chargedKopecks: 10_000n,
    accountId: aData.residents.account.id,
  });
  return A_ONLINE_PAYMENT;
}

const debtors = "app/(crm)/crm/debtors/actions.ts";
/** B's reminder aimed at A's building and A's account: it reads only B's debtors, so it reaches none of A's clients. */
const reminderAttack = ({ aData }: Fixture) => ({ channel: "sms", query: { building: aData.building.id, q: aData.residents.account.number } });

export const cases: EntryCases = {
  actions: [
    // B refunding A's online payment by its id: «не найден», and A's payment, refunds and ledger stay as they were.
    { target: "app/(crm)/crm/payments/[id]/actions.ts#refundPaymentAction", access: "requests.refund", attack: async (fx) => ({ paymentId: await aOnlinePayment(fx), amountKopecks: "50", reason: "Чужой платёж" }) },
    {
      target: `${debtors}#previewDebtReminderAction`,
      access: "finance.debtors.view",
      attack: reminderAttack,
      ownOrgOnly: true,
      verify: (result) => expect(result).toMatchObject({ ok: true, data: { recipients: 0, sample: null } }),
    },
    {
      target: `${debtors}#startDebtReminderAction`,
      access: "finance.debtors.view",
      attack: reminderAttack,
    },
  ],
  routes: [
    exportCase("payments/export/online", "finance.payments.view", "Плательщик"),
    exportCase("payments/export/third-party", "finance.payments.view", "Источник"),
    exportCase("debtors/export", "finance.debtors.view", "Лицевой счёт"),
  ],
};
