import { and, eq } from "drizzle-orm";
import { expect } from "vitest";
import { exportJobs } from "@/db/schema";
import type { EntryCases } from "../case-types";

const receiptOf = (invoiceId: string) => new Request(`http://localhost/crm/invoices/${invoiceId}/receipt`);

export const cases: EntryCases = {
  actions: [
    {
      // A building of A for B's director: refused before any job is queued, so B has no job to watch A's receipts in.
      target: "app/(crm)/crm/invoices/receipts/actions.ts#startReceiptsBatchAction",
      access: "finance.invoices.view",
      attack: ({ aData }) => ({ buildingId: aData.building.id, period: "2026-03" }),
      verify: async (result, { db, b }) => {
        expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
        const jobs = await db.select().from(exportJobs).where(and(eq(exportJobs.orgId, b.orgId), eq(exportJobs.kind, "receipts")));
        expect(jobs).toEqual([]);
      },
    },
  ],
  routes: [
    {
      // A's issued invoice asked for by B's director: «не найден», no PDF, nothing of A's payer or account in the answer.
      target: "app/(crm)/crm/invoices/[id]/receipt/route.ts#GET",
      access: "finance.invoices.view",
      request: ({ aData }) => receiptOf(aData.issuedInvoice.id),
      verify: async (response, { aData }) => {
        expect(response.status).toBe(404);
        expect(response.headers.get("content-type")).not.toContain("pdf");
        expect(await response.text()).not.toContain(aData.residents.account.number);
      },
    },
  ],
};
