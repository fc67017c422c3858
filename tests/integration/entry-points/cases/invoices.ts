import { expect } from "vitest";
import { uploadRequest } from "@/tests/support/upload-request";
import type { EntryCases } from "../case-types";
import { xlsxText } from "../xlsx-text";

const invoices = "app/(crm)/crm/invoices/actions.ts";
const pdf = () => new File(["%PDF-1.4\n%чужая квитанция\n"], "квитанция.pdf", { type: "application/pdf" });

const serviceLine = (tariffId: string) => ({
  id: null,
  tariffId,
  kind: "service",
  prices: ["10"],
  quantities: ["1"],
  openingDebt: "0",
  recalculation: "0",
  recalculationReason: "",
  benefit: "0",
  penalty: "0",
  paid: "0",
});

export const cases: EntryCases = {
  actions: [
    {
      target: `${invoices}#createInvoiceAction`,
      access: "finance.invoices.edit",
      attack: ({ aData }) => ({
        isActual: false,
        pdfType: "generated",
        type: "utilities",
        month: "5",
        year: "2026",
        buildingId: aData.building.id,
        premiseId: aData.residents.premise.id,
        accountId: aData.residents.account.id,
      }),
    },
    {
      target: `${invoices}#updateInvoiceAction`,
      access: "finance.invoices.edit",
      attack: ({ aData }) => ({ id: aData.draftInvoice.id, isActual: false, pdfType: "none" }),
    },
    {
      target: `${invoices}#saveInvoiceLinesAction`,
      access: "finance.invoices.edit",
      attack: ({ aData }) => ({ invoiceId: aData.draftInvoice.id, lines: [serviceLine(aData.tariff.id)] }),
    },
    {
      target: `${invoices}#issueInvoiceAction`,
      access: "finance.invoices.edit",
      attack: ({ aData }) => ({ id: aData.draftInvoice.id }),
    },
    {
      target: `${invoices}#cancelInvoiceAction`,
      access: "finance.invoices.edit",
      attack: ({ aData }) => ({ invoiceId: aData.issuedInvoice.id, reason: "Захват чужого счёта" }),
    },
    {
      target: `${invoices}#findPremisesForInvoiceAction`,
      access: "registry.premises.view",
      // A search only ever looks in the caller's organisation, even narrowed to A's building.
      attack: ({ aData }) => ({ text: aData.residents.account.number, buildingId: aData.building.id }),
      ownOrgOnly: true,
      verify: (result, { aData }) => expect(JSON.stringify(result)).not.toContain(aData.residents.premise.id),
    },
  ],
  routes: [
    {
      target: "app/(crm)/crm/invoices/export/route.ts#GET",
      access: "finance.invoices.view",
      // A's account as the search and A's building as a filter: B's export must stay B's own.
      request: ({ aData }) => new Request(`http://localhost/crm/invoices/export?q=${encodeURIComponent(aData.residents.account.number)}&building=${aData.building.id}`),
      verify: async (response, { aData }) => {
        expect(response.status).toBe(200);
        const text = await xlsxText(response);
        expect(text).toContain("Лицевой счёт");
        expect(text).not.toContain(aData.residents.account.number);
        expect(text).not.toContain(aData.building.address);
      },
    },
    {
      target: "app/(crm)/crm/invoices/[id]/pdf/route.ts#GET",
      access: "finance.invoices.view",
      request: ({ aData }) => new Request(`http://localhost/crm/invoices/${aData.draftInvoice.id}/pdf`),
      verify: async (response) => expect(response.status).toBe(404),
    },
    {
      target: "app/(crm)/crm/uploads/invoice-pdf/route.ts#POST",
      access: "finance.invoices.edit",
      request: ({ aData }) => uploadRequest("http://localhost/crm/uploads/invoice-pdf", pdf(), { invoiceId: aData.draftInvoice.id }),
      verify: async (response) => {
        expect(response.status).toBe(404);
        expect(await response.json()).toMatchObject({ ok: false, code: "NOT_FOUND" });
      },
    },
  ],
};
