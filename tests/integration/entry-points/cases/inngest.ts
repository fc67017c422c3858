import { expect } from "vitest";
import type { EntryCases } from "../case-types";

const target = (method: string) => `app/api/inngest/route.ts#${method}`;
const forged = () =>
  new Request("http://localhost/api/inngest?fnId=domkom-deliver-email&stepId=step", {
    method: "POST",
    headers: { "content-type": "application/json", "x-inngest-signature": "t=1&s=forged" },
    body: JSON.stringify({ event: { name: "notify/email.queued", data: { outboxId: "00000000-0000-4000-8000-000000000000" } } }),
  });

/** Inngest's endpoint is public by design; what protects it is the request signature. */
export const cases: EntryCases = {
  routes: [
    {
      target: target("GET"),
      access: "public",
      request: () => new Request("http://localhost/api/inngest"),
      verify: async (response, { a }) => expect(await response.text()).not.toContain(a.orgId),
    },
    {
      target: target("POST"),
      access: "public",
      request: forged,
      verify: async (response) => expect(response.status).toBeGreaterThanOrEqual(400),
    },
    {
      target: target("PUT"),
      access: "public",
      request: () => new Request("http://localhost/api/inngest", { method: "PUT" }),
      verify: async (response, { a }) => expect(await response.text()).not.toContain(a.orgId),
    },
  ],
};
