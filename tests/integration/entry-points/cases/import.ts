import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { serializeImport, storedImportPath, type ImportHeader } from "@/lib/exchange/plan-store";
import { planSummary } from "@/lib/exchange/plan/plan-summary";
import { emptyPlan } from "@/lib/exchange/plan/registry-plan";
import { registryXlsx } from "@/tests/support/sheet-files";
import type { EntryCases, Fixture } from "../case-types";
import { xlsxText } from "../xlsx-text";

const file = "app/(crm)/crm/import/actions.ts";

// Organisation A's building, as tenant-data names it for the label «Альфа».
const upload = await registryXlsx([{ building: "Москва, ул. Альфаская, д. 1", premiseType: "квартира", number: "1", lastName: "Захватов", phone: "+79990001122" }]);

/** A checked import of organisation A waiting for confirmation: it would add a premise to A's building. */
function plantAImport({ a, aData }: Fixture): string {
  const id = "6f1c0a4e-0000-4000-8000-00000000a001";
  const plan = emptyPlan();
  plan.premises.create.push({ id: "6f1c0a4e-0000-4000-8000-00000000a002", buildingId: aData.building.id, type: "flat", number: "999", entrance: null, floor: null, totalArea: null, livingArea: null, rooms: null, externalId: null, searchText: "чужое" });
  const header: ImportHeader = { id, orgId: a.orgId, kind: "registry_xlsx", fileName: "a.xlsx", createdAt: new Date().toISOString(), summary: planSummary(plan, 1), preview: { rows: 1, sections: [] } };
  const target = storedImportPath(a.orgId, id);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, serializeImport(header, plan));
  return id;
}

export const cases: EntryCases = {
  actions: [
    {
      target: `${file}#previewImportAction`,
      access: "registry.premises.edit",
      // No ids: the file names A's building by address, which B's registry does not have; B's own log gets the run.
      ownOrgOnly: true,
      attack: () => {
        const form = new FormData();
        form.set("kind", "registry_xlsx");
        form.set("file", upload);
        return form;
      },
    },
    {
      target: `${file}#commitImportAction`,
      access: "registry.premises.edit",
      attack: (fx) => ({ importId: plantAImport(fx) }),
    },
  ],
  routes: [
    {
      target: "app/(crm)/crm/import/template/route.ts#GET",
      access: "registry.premises.edit",
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
