import { expect } from "vitest";
import type { EntryCases } from "../case-types";
import { xlsxText } from "../xlsx-text";

export const cases: EntryCases = {
  routes: [
    {
      target: "app/(crm)/crm/accounts/export/route.ts#GET",
      access: "registry.premises.view",
      // A's account number as the search and A's building as a filter: B's export must stay B's own.
      request: (fx) => new Request(`http://localhost/crm/accounts/export?q=${encodeURIComponent(fx.aData.residents.account.number)}&building=${fx.aData.building.id}`),
      verify: async (response, fx) => {
        expect(response.status).toBe(200);
        const text = await xlsxText(response);
        expect(text).toContain("Лицевой счёт");
        expect(text).not.toContain(fx.aData.residents.account.number);
        expect(text).not.toContain(fx.aData.building.address);
      },
    },
  ],
};
