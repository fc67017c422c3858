import { expect } from "vitest";
import type { EntryCases } from "../case-types";

const forgedToken = `${Buffer.from(JSON.stringify({ gatewayId: "00000000-0000-4000-8000-000000000000", providerPaymentId: "sbx_100_x", amountKopecks: "100", description: "", returnUrl: "https://evil.example", notificationUrl: "https://evil.example", savePaymentMethod: false })).toString("base64url")}.${"0".repeat(64)}`;

/** The gateways' webhooks and the sandbox's checkout are public by design: what protects them is a signature. */
export const cases: EntryCases = {
  actions: [
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
