import { expect } from "vitest";
import { serializeImport, storedImportKey, type ImportHeader } from "@/lib/exchange/plan-store";
import { planSummary } from "@/lib/exchange/plan/plan-summary";
import { emptyPlan } from "@/lib/exchange/plan/registry-plan";
import { storage } from "@/lib/storage/storage";
import type { EntryCases, Fixture } from "../case-types";
import { xlsxText } from "../xlsx-text";

const file = "app/(crm)/crm/import/actions.ts";

/** A checked import of organisation A waiting for confirmation: it would add a premise to A's building. */
async function plantAImport({ a, aData }: Fixture): Promise<string> {
  const id = "6f1c0a4e-0000-4000-8000-00000000a001";
  const plan = emptyPlan();
  plan.premises.create.push({ id: "6f1c0a4e-0000-4000-8000-00000000a002", buildingId: aData.building.id, type: "flat", number: "999", entrance: null, floor: null, totalArea: null, livingArea: null, rooms: null, externalId: null, searchText: "чужое" });
  const header: ImportHeader = { id, orgId: a.orgId, kind: "registry_xlsx", fileName: "a.xlsx", createdAt: new Date().toISOString(), summary: planSummary(plan, 1), preview: { rows: 1, sections: [] } };
  await storage().write(storedImportKey(a.orgId, id), [serializeImport(header, plan)]);
  return id;
}

export const cases: EntryCases = {
  actions: [
    {
      target: `${file}#commitImportAction`,
      access: "any-staff",
      attack: async (fx) => ({ importId: await plantAImport(fx) }),
    },
  ],
  routes: [
    {
      target: "app/(crm)/crm/import/template/route.ts#GET",
      access: "any-staff",
      request: () => new Request("http://localhost/crm/import/template?kind=registry_xlsx"),
      verify: async (response, { aData, bData }) => {
        expect(response.status).toBe(200);
        const text = await xlsxText(response);
        expect(text).toContain(bData.building.address);
        expect(text).not.toContain(aData.building.address);
      },
    },
    {
      target: "app/(crm)/crm/import/export/route.ts#GET",
      access: "registry.premises.edit",
      request: () => new Request("http://localhost/crm/import/export"),
      verify: async (response, { aData, bData }) => {
        expect(response.status).toBe(200);
        const text = await xlsxText(response);
        expect(text).toContain(bData.importRun.fileName ?? "");
        expect(text).not.toContain(aData.importRun.fileName ?? "");
      },
    },
  ],
};
