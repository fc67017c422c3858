import { expect } from "vitest";
import type { EntryCases, Fixture } from "../case-types";
import { loadTarget } from "../discover";
import { currentSession } from "../session-mock";

const target = "app/(cabinet)/cabinet/(signed-in)/premises/[id]/invoices/[invoiceId]/receipt/route.ts#GET";
const receiptOf = (premiseId: string, invoiceId: string) => new Request(`http://localhost/cabinet/premises/${premiseId}/invoices/${invoiceId}/receipt`);

async function asResident(phone: string, request: Request) {
  const saved = currentSession.value;
  currentSession.value = { residentPhone: phone };
  try {
    return (await (await loadTarget(target))(request)) as Response;
  } finally {
    currentSession.value = saved;
  }
}

const refusedWithoutPdf = async (response: Response, { aData }: Fixture) => {
  expect(response.status).toBe(404);
  expect(response.headers.get("content-type")).not.toContain("pdf");
  expect(await response.text()).not.toContain(aData.residents.account.number);
};

export const cases: EntryCases = {
  routes: [
    {
      // A staff session is no resident (401); B's resident gets «не найдено» for A's flat and invoice, and for A's
      // invoice through B's own flat; and A's own resident never gets A's draft.
      target,
      access: "public",
      request: ({ aData }) => receiptOf(aData.residents.premise.id, aData.issuedInvoice.id),
      verify: async (response, fx) => {
        expect(response.status).toBe(401);
        const phone = fx.bData.residents.ownerPhone;
        await refusedWithoutPdf(await asResident(phone, receiptOf(fx.aData.residents.premise.id, fx.aData.issuedInvoice.id)), fx);
        await refusedWithoutPdf(await asResident(phone, receiptOf(fx.bData.residents.premise.id, fx.aData.issuedInvoice.id)), fx);
        const draft = await asResident(fx.aData.residents.ownerPhone, receiptOf(fx.aData.residents.premise.id, fx.aData.draftInvoice.id));
        expect(draft.status).toBe(404);
        const own = await asResident(fx.aData.residents.ownerPhone, receiptOf(fx.aData.residents.premise.id, fx.aData.issuedInvoice.id));
        expect(own.headers.get("content-type")).toBe("application/pdf");
      },
    },
  ],
};
