import { expect } from "vitest";
import type { EntryCases } from "../case-types";
import { xlsxText } from "../xlsx-text";

const meters = "app/(crm)/crm/meters/actions.ts";
const settings = "app/(crm)/crm/settings/meters/actions.ts";

const facts = { resource: "cold_water", zones: "1", serialNumber: "ЗАХВАТ-1", digits: "5" };

export const cases: EntryCases = {
  actions: [
    {
      target: `${meters}#createMeterAction`,
      access: "finance.meters.edit",
      attack: ({ aData }) => ({ ...facts, premiseId: aData.residents.premise.id, initialReadings: { single: "1" } }),
    },
    {
      target: `${meters}#updateMeterAction`,
      access: "finance.meters.edit",
      attack: ({ aData }) => ({ ...facts, id: aData.meter.id, status: "faulty" }),
    },
    {
      target: `${meters}#replaceMeterAction`,
      access: "finance.meters.edit",
      attack: ({ aData }) => ({ id: aData.meter.id, replacedOn: "2026-01-15", finalReadings: { single: "99" }, next: { ...facts, initialReadings: { single: "0" } } }),
    },
    {
      target: `${meters}#decommissionMeterAction`,
      access: "finance.meters.edit",
      attack: ({ aData }) => ({ id: aData.buildingMeter.id, decommissionedOn: "2026-01-15", finalReadings: { single: "99" } }),
    },
    {
      target: `${meters}#editReadingAction`,
      access: "finance.readings.correct",
      attack: ({ aData }) => ({ id: aData.reading.id, value: "13", confirmed: true }),
    },
    {
      target: `${meters}#findPremisesForMeterAction`,
      // A premises search (as on the client card): reading premises is what it needs; adding the meter checks the rest.
      access: "registry.premises.view",
      // A search only ever looks in the caller's organisation: B typing A's account number finds none of A's premises.
      attack: ({ aData }) => ({ text: aData.residents.account.number }),
      ownOrgOnly: true,
      verify: (result, { aData }) => expect(JSON.stringify(result)).not.toContain(aData.residents.premise.id),
    },
    {
      target: `${settings}#updateOrgCollectionWindowAction`,
      access: "settings.manage",
      ownOrgOnly: true,
      attack: () => ({ startDay: "1", endDay: "2", late: "refuse" }),
      verify: (result) => expect(result).toMatchObject({ ok: true }),
    },
    {
      target: `${settings}#updateBuildingCollectionWindowAction`,
      access: "settings.manage",
      attack: ({ aData }) => ({ buildingId: aData.building.id, startDay: "1", endDay: "2" }),
    },
  ],
  routes: [
    {
      target: "app/(crm)/crm/meters/export/route.ts#GET",
      access: "finance.readings.view",
      // A's serial as the search and A's building as a filter: B's export must stay B's own.
      request: (fx) => new Request(`http://localhost/crm/meters/export?q=${encodeURIComponent(fx.aData.meter.serialNumber)}&building=${fx.aData.building.id}`),
      verify: async (response, fx) => {
        expect(response.status).toBe(200);
        const text = await xlsxText(response);
        expect(text).toContain("Заводской номер");
        expect(text).not.toContain(fx.aData.meter.serialNumber);
        expect(text).not.toContain(fx.aData.building.address);
      },
    },
  ],
};
