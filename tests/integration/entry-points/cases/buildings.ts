import { expect } from "vitest";
import type { EntryCases } from "../case-types";
import { xlsxText } from "../xlsx-text";

const file = "app/(crm)/crm/buildings/actions.ts";
const address = { city: "Москва", street: "ул. Чужая", house: "9" };

export const cases: EntryCases = {
  actions: [
    {
      target: `${file}#createBuildingAction`,
      access: "settings.manage",
      attack: ({ aData }) => ({ ...address, groupId: aData.group.id, quarterId: aData.quarter.id, legalEntityId: aData.legalEntity.id }),
    },
    {
      target: `${file}#updateBuildingAction`,
      access: "settings.manage",
      attack: ({ aData }) => ({ ...address, id: aData.building.id }),
    },
    {
      target: `${file}#setBuildingArchivedAction`,
      access: "settings.manage",
      attack: ({ aData }) => ({ id: aData.building.id, archived: true }),
    },
  ],
  routes: [
    {
      target: "app/(crm)/crm/buildings/export/route.ts#GET",
      access: "any-staff",
      request: ({ aData }) => new Request(`http://localhost/crm/buildings/export?group=${aData.group.id}`),
      verify: async (response, { aData, bData }) => {
        expect(response.status).toBe(200);
        const text = await xlsxText(response);
        expect(text).toContain("Адрес");
        expect(text).not.toContain(aData.building.address);
        expect(text).not.toContain(bData.building.address); // filtered by A's group, which B does not have
      },
    },
  ],
};
