import { expect } from "vitest";
import { ledgerEntries } from "@/db/schema";
import type { EntryCases, Fixture } from "../case-types";
import { xlsxText } from "../xlsx-text";

export const cases: EntryCases = {
  routes: [
    {
      target: "app/(crm)/crm/accounts/ledger-export/route.ts#GET",
      access: "finance.invoices.view",
      // «Расшифровка» of organisation A's account, asked for by its id: an entry with a note to look for. Made once (a
      // fixed id), so the snapshot taken around later requests sees no change.
      request: async ({ db, a, aData }) => {
        const accountId = aData.residents.account.id;
        await db
          .insert(ledgerEntries)
          .values({ id: "6f1c0a4e-0000-4000-8000-0000001e0001", orgId: a.orgId, accountId, kind: "balance_adjustment", amountKopecks: 123_456n, occurredOn: "2026-01-01", note: "секрет А" })
          .onConflictDoNothing();
        return new Request(`http://localhost/crm/accounts/ledger-export?account=${accountId}`);
      },
      verify: async (response) => {
        expect([200, 404]).toContain(response.status);
        if (response.status !== 200) return;
        const text = await xlsxText(response);
        expect(text).not.toContain("секрет");
        expect(text).not.toContain("1234.56");
      },
    },
    // The invoice imports' templates carry an example account of the caller's organisation, never another's.
    ...(["invoices_xlsx", "turnover_xlsx"] as const).map((kind) => ({
      target: "app/(crm)/crm/import/template/route.ts#GET",
      access: "any-staff" as const,
      request: () => new Request(`http://localhost/crm/import/template?kind=${kind}`),
      verify: async (response: Response, { aData, bData }: Fixture) => {
        expect(response.status).toBe(200);
        const text = await xlsxText(response);
        expect(text).toContain(bData.residents.account.number);
        expect(text).not.toContain(aData.residents.account.number);
      },
    })),
  ],
};
