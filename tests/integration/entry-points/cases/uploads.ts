import { expect } from "vitest";
import { registryXlsx } from "@/tests/support/sheet-files";
import { uploadRequest } from "@/tests/support/upload-request";
import type { EntryCases } from "../case-types";

const dir = "app/(crm)/crm/uploads";
const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");
const photo = () => new File([png], "photo.png", { type: "image/png" });

// Organisation A's building, as tenant-data names it for the label «Альфа».
const registry = await registryXlsx([{ building: "Москва, ул. Альфаская, д. 1", premiseType: "квартира", number: "1", lastName: "Захватов", phone: "+79990001122" }]);

const refusedAsUnknown = async (response: Response) => {
  expect(response.status).toBe(404);
  expect(await response.json()).toMatchObject({ ok: false, code: "NOT_FOUND" });
};

export const cases: EntryCases = {
  routes: [
    {
      target: `${dir}/import/route.ts#POST`,
      access: "any-staff",
      // No ids: the file names A's building by address, which B's registry does not have; B's own log gets the run.
      request: () => uploadRequest("http://localhost/crm/uploads/import", registry, { kind: "registry_xlsx", buildingId: "" }),
      verify: async (response) => {
        expect(response.status).toBe(200);
        expect(await response.json()).toMatchObject({ ok: true, data: { status: "rejected" } });
      },
    },
    {
      target: `${dir}/premise-document/route.ts#POST`,
      access: "registry.premises.edit",
      request: ({ aData }) =>
        uploadRequest("http://localhost/crm/uploads/premise-document", new File(["чужое"], "b.txt", { type: "text/plain" }), {
          premiseId: aData.residents.premise.id,
          title: "Подброшенный документ",
        }),
      verify: refusedAsUnknown,
    },
    {
      target: `${dir}/employee-photo/route.ts#POST`,
      access: "access.employees.manage",
      request: ({ aData }) => uploadRequest("http://localhost/crm/uploads/employee-photo", photo(), { id: aData.employee.id }),
      verify: refusedAsUnknown,
    },
    {
      target: `${dir}/logo/route.ts#POST`,
      access: "settings.manage",
      // The caller's own organisation only: B gets a logo, A's stays as it is (the snapshot checks).
      request: () => uploadRequest("http://localhost/crm/uploads/logo", photo()),
      verify: async (response, { b }) => {
        expect(response.status).toBe(200);
        expect(await response.json()).toMatchObject({ ok: true, data: { logo: expect.stringMatching(new RegExp(`^${b.orgId}/logo/`)) } });
      },
    },
  ],
};
