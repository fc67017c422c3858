import { expect } from "vitest";
import { todayIn } from "@/lib/core/date-time";
import type { ActionResult } from "@/lib/core/errors";
import type { EntryCases } from "../case-types";
import { xlsxText } from "../xlsx-text";

const entry = "app/(crm)/crm/meters/entry/actions.ts";
const inspection = "app/(crm)/crm/inspection/actions.ts";
const journal = "app/(crm)/crm/meters/journal";

export const cases: EntryCases = {
  actions: [
    {
      target: `${entry}#findPremisesForReadingsAction`,
      access: "finance.readings.view",
      // A's account number: B's search must find nothing of A.
      attack: (fx) => ({ text: fx.aData.residents.account.number }),
      ownOrgOnly: true,
      verify: (result, fx) => {
        const found = result as ActionResult<{ id: string }[]>;
        expect(found.ok ? found.data.map((p) => p.id) : []).not.toContain(fx.aData.residents.premise.id);
      },
    },
    { target: `${entry}#premiseReadingsAction`, access: "finance.readings.view", attack: (fx) => ({ premiseId: fx.aData.residents.premise.id }) },
    {
      target: `${entry}#submitEntryReadingsAction`,
      access: "finance.readings.enter",
      attack: (fx) => ({ readings: [{ meterId: fx.aData.meter.id, value: "99" }] }),
    },
    { target: `${inspection}#inspectionRoundAction`, access: "finance.readings.enter", attack: (fx) => ({ buildingId: fx.aData.building.id }) },
    {
      target: `${inspection}#submitInspectionReadingsAction`,
      access: "finance.readings.enter",
      attack: (fx) => ({ readings: [{ meterId: fx.aData.meter.id, value: "99", submissionId: "0f6b7a1e-2222-4a4a-9b9b-00000000000b" }] }),
    },
  ],
  routes: [
    {
      target: `${journal}/export/route.ts#GET`,
      access: "finance.readings.view",
      // A's building as the filter: B's journal file stays B's own.
      request: (fx) => new Request(`http://localhost/crm/meters/journal/export?building=${fx.aData.building.id}`),
      verify: async (response, fx) => {
        expect(response.status).toBe(200);
        const text = await xlsxText(response);
        expect(text).toContain("Было");
        expect(text).not.toContain(fx.aData.meter.serialNumber);
        expect(text).not.toContain(fx.aData.building.address);
      },
    },
    {
      target: `${journal}/readings-export/route.ts#GET`,
      access: "finance.readings.view",
      request: (fx) => new Request(`http://localhost/crm/meters/journal/readings-export?period=${todayIn("Europe/Moscow").slice(0, 7)}&building=${fx.aData.building.id}`),
      verify: async (response, fx) => {
        expect(response.status).toBe(200);
        const text = await xlsxText(response);
        expect(text).toContain("Текущее показание");
        expect(text).not.toContain(fx.aData.meter.serialNumber);
        expect(text).not.toContain(fx.aData.residents.account.number);
      },
    },
  ],
};
