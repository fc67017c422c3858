import { expect } from "vitest";
import { makeGateway } from "@/tests/support/payment-fixtures";
import type { EntryCases, Fixture } from "../case-types";

// Organisation A's gateway, made once by the first attack that needs it (the signed-out pass runs before any snapshot).
let aGateway: Promise<string> | undefined;
const gatewayOfA = (fx: Fixture) =>
  (aGateway ??= makeGateway(fx.db, fx.a.orgId, { legalEntityId: fx.aData.legalEntity.id, bankAccountId: fx.aData.bankAccount.id }, "tbank", { accountKey: "A-terminal", secret: "a-password" }).then((g) => g.id));

const formOf = (fx: Fixture, side: "a" | "b") => ({
  legalEntityId: fx[`${side}Data`].legalEntity.id,
  bankAccountId: fx[`${side}Data`].bankAccount.id,
  provider: "yookassa",
  name: "Магазин",
  accountKey: "shop",
  secret: "secret",
  commissionPayer: "payer",
  commissionPercent: "1,5",
  commissionMin: "30",
  isActive: true,
});

const forgedToken = `${Buffer.from(JSON.stringify({ gatewayId: "00000000-0000-4000-8000-000000000000", providerPaymentId: "sbx_100_x", amountKopecks: "100", description: "", returnUrl: "https://evil.example", notificationUrl: "https://evil.example", savePaymentMethod: false })).toString("base64url")}.${"0".repeat(64)}`;

/** The gateways' webhooks and the sandbox's checkout are public by design: what protects them is a signature. */
export const cases: EntryCases = {
  actions: [
    { target: "app/(crm)/crm/settings/payments/actions.ts#createGatewayAction", access: "settings.integrations", attack: (fx) => formOf(fx, "a") },
    { target: "app/(crm)/crm/settings/payments/actions.ts#updateGatewayAction", access: "settings.integrations", attack: async (fx) => ({ id: await gatewayOfA(fx), values: formOf(fx, "b") }) },
    { target: "app/(crm)/crm/settings/payments/actions.ts#archiveGatewayAction", access: "settings.integrations", attack: async (fx) => ({ id: await gatewayOfA(fx) }) },
    {
      target: "app/(public)/pay/sandbox/actions.ts#decideSandboxCheckoutAction",
      access: "public",
      attack: () => ({ providerPaymentId: "sbx_100_x", token: forgedToken, outcome: "paid" }),
      verify: (result) => expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" }),
    },
  ],
  routes: [
    {
      target: "app/api/payments/[gateway]/webhook/route.ts#POST",
      access: "public",
      request: () =>
        new Request("http://localhost/api/payments/sandbox/webhook", {
          method: "POST",
          headers: { "content-type": "application/json", "x-sandbox-signature": `t=${Date.now()},v1=${"0".repeat(64)}` },
          body: "{forged",
        }),
      verify: async (response, { a }) => {
        expect(response.status).toBe(401);
        expect(await response.text()).not.toContain(a.orgId);
      },
    },
  ],
};
