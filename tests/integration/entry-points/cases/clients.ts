import { expect } from "vitest";
import type { EntryCases, Fixture, RouteCase } from "../case-types";
import { xlsxText } from "../xlsx-text";

const file = "app/(crm)/crm/clients/actions.ts";
const aClient = ({ aData }: Fixture) => aData.clientApi.client;

const profile = { type: "individual", status: "active", lastName: "Чужой", firstName: "", middleName: "", tags: [] };

/** B's export searched for A's client by phone and by name finds nothing of A. */
function exportCase(path: string): RouteCase {
  return {
    target: `app/(crm)/crm/clients${path}/export/route.ts#GET`,
    access: "registry.clients.view",
    request: (fx) => new Request(`http://localhost/crm/clients${path}/export?q=${encodeURIComponent(aClient(fx).phone ?? "")}`),
    verify: async (response, fx) => {
      expect(response.status).toBe(200);
      const text = await xlsxText(response);
      expect(text).toContain("Клиент");
      expect(text).not.toContain(aClient(fx).phone);
      expect(text).not.toContain(aClient(fx).lastName);
    },
  };
}

export const cases: EntryCases = {
  actions: [
    {
      target: `${file}#createClientAction`,
      access: "registry.clients.edit",
      // A's external id means nothing in B: B gets its own client (or a conflict with the one it made before).
      attack: (fx) => ({ ...profile, externalId: fx.aData.clientApi.externalIdRow.externalId }),
      ownOrgOnly: true,
    },
    { target: `${file}#updateClientAction`, access: "registry.clients.edit", attack: (fx) => ({ ...profile, id: aClient(fx).id }) },
    { target: `${file}#updateClientIdentifiersAction`, access: "registry.clients.edit", attack: (fx) => ({ id: aClient(fx).id, inn: "", snils: "" }) },
    { target: `${file}#setClientArchivedAction`, access: "registry.clients.edit", attack: (fx) => ({ id: aClient(fx).id, archived: true }) },
    { target: `${file}#addClientExternalIdAction`, access: "registry.clients.edit", attack: (fx) => ({ clientId: aClient(fx).id, externalId: "B-ATTACK" }) },
    {
      target: `${file}#updateClientExternalIdAction`,
      access: "registry.clients.edit",
      attack: ({ aData }) => ({ id: aData.clientApi.externalIdRow.id, externalId: "B-ATTACK", note: "" }),
    },
    { target: `${file}#removeClientExternalIdAction`, access: "registry.clients.edit", attack: ({ aData }) => ({ id: aData.clientApi.externalIdRow.id }) },
    {
      target: `${file}#findPremisesForLinkAction`,
      access: "registry.premises.view",
      // A search only ever looks in the caller's organisation: B searching for A's premise finds none of A's.
      attack: () => ({ text: "900" }),
      ownOrgOnly: true,
      verify: (result, { aData }) => expect(JSON.stringify(result)).not.toContain(aData.clientApi.premise.id),
    },
    { target: `${file}#premiseLinksForLinkAction`, access: "registry.premises.view", attack: ({ aData }) => ({ premiseId: aData.residents.premise.id }) },
  ],
  routes: [exportCase(""), exportCase("/unidentified")],
};
