import { expect } from "vitest";
import type { ActionResult } from "@/lib/core/errors";
import type { EntryCases, Fixture } from "../case-types";
import { xlsxText } from "../xlsx-text";

const dir = "app/(crm)/crm/premises";
const aPremise = ({ aData }: Fixture) => aData.residents.premise;


export const cases: EntryCases = {
  actions: [
    {
      target: `${dir}/actions.ts#createPremiseAction`,
      access: "registry.premises.edit",
      attack: (fx) => ({ buildingId: fx.aData.building.id, type: "flat", number: "777" }),
    },
    {
      target: `${dir}/actions.ts#updatePremiseAction`,
      access: "registry.premises.edit",
      attack: (fx) => ({ id: aPremise(fx).id, buildingId: fx.bData.building.id, type: "flat", number: "778" }),
    },
    { target: `${dir}/actions.ts#archivePremiseAction`, access: "registry.premises.edit", attack: (fx) => ({ id: aPremise(fx).id }) },
    { target: `${dir}/actions.ts#restorePremiseAction`, access: "registry.premises.edit", attack: (fx) => ({ id: aPremise(fx).id }) },
    {
      target: `${dir}/[id]/_clients/actions.ts#linkClientAction`,
      access: "registry.clients.edit",
      attack: (fx) => ({ premiseId: aPremise(fx).id, clientId: fx.aData.clientApi.client.id, basis: "owner" }),
    },
    {
      target: `${dir}/[id]/_clients/actions.ts#updateLinkAction`,
      access: "registry.clients.edit",
      attack: (fx) => ({ linkId: fx.aData.residents.ownerLink.id, basis: "owner", staffComment: "B была здесь" }),
    },
    { target: `${dir}/[id]/_clients/actions.ts#unlinkClientAction`, access: "registry.clients.edit", attack: (fx) => ({ linkId: fx.aData.residents.ownerLink.id }) },
    {
      target: `${dir}/[id]/_clients/actions.ts#findClientsForLinkAction`,
      access: "registry.clients.view",
      attack: (fx) => ({ text: fx.aData.clientApi.client.lastName ?? "" }),
      ownOrgOnly: true,
      verify: (result, fx) => {
        const found = result as ActionResult<{ id: string }[]>;
        expect(found.ok ? found.data.map((c) => c.id) : []).not.toContain(fx.aData.clientApi.client.id);
      },
    },
    {
      target: `${dir}/[id]/_accounts/actions.ts#createAccountAction`,
      access: "registry.accounts.edit",
      attack: (fx) => ({ premiseId: aPremise(fx).id, number: "B-ATTACK-1" }),
    },
    {
      target: `${dir}/[id]/_accounts/actions.ts#updateAccountAction`,
      access: "registry.accounts.edit",
      attack: (fx) => ({ id: fx.aData.residents.account.id, number: "B-ATTACK-2", legalEntityId: fx.bData.legalEntity.id }),
    },
    {
      target: `${dir}/[id]/_accounts/actions.ts#setAccountArchivedAction`,
      access: "registry.accounts.edit",
      attack: (fx) => ({ id: fx.aData.residents.account.id, archived: true }),
    },
    {
      target: `${dir}/[id]/_documents/actions.ts#updateDocumentAction`,
      access: "registry.premises.edit",
      attack: (fx) => ({ id: fx.aData.premiseCard.document.id, title: "Переименовано B" }),
    },
    {
      target: `${dir}/[id]/_documents/actions.ts#archiveDocumentAction`,
      access: "registry.premises.edit",
      attack: (fx) => ({ id: fx.aData.premiseCard.document.id }),
    },
  ],
  routes: [
    {
      target: `${dir}/export/route.ts#GET`,
      access: "registry.premises.view",
      // A's account number and A's building as a filter: B's export must stay B's own.
      request: (fx) => new Request(`http://localhost/crm/premises/export?q=${encodeURIComponent(fx.aData.residents.account.number)}&building=${fx.aData.building.id}`),
      verify: async (response, fx) => {
        expect(response.status).toBe(200);
        const text = await xlsxText(response);
        expect(text).toContain("Адрес объекта");
        expect(text).not.toContain(fx.aData.building.address);
        expect(text).not.toContain(fx.aData.residents.account.number);
      },
    },
    {
      target: `${dir}/documents/[documentId]/route.ts#GET`,
      access: "registry.premises.view",
      request: (fx) => new Request(`http://localhost/crm/premises/documents/${fx.aData.premiseCard.document.id}`),
      verify: async (response) => {
        expect(response.status).toBe(404);
        expect(await response.text()).not.toContain("план помещения");
      },
    },
  ],
};
