import { expect } from "vitest";
import type { EntryCases } from "../case-types";
import { xlsxText } from "../xlsx-text";

const company = "app/(crm)/crm/settings/company/actions.ts";
const entities = "app/(crm)/crm/settings/legal-entities/actions.ts";
const directories = "app/(crm)/crm/settings/directories/actions.ts";

const bank = { bankName: "ПАО СБЕРБАНК", bik: "044525225", settlementAccount: "40702810938000000001", correspondentAccount: "30101810400000000225" };
const entity = { name: "ООО Захват", inn: "7702070139", kpp: "", ogrn: "", address: "", phone: "", email: "" };

export const cases: EntryCases = {
  actions: [
    {
      target: `${company}#updateOrganisationProfileAction`,
      access: "settings.manage",
      ownOrgOnly: true,
      attack: () => ({
        name: "УК Бета",
        region: "Москва",
        timezone: "Europe/Moscow",
        nextRequestNumber: "1",
        meterReminderDay: "",
        residentsSeeExecutors: false,
        staffIpAllowlist: "",
      }),
      verify: (result) => expect(result).toMatchObject({ ok: true }),
    },
    {
      target: `${company}#removeOrganisationLogoAction`,
      access: "settings.manage",
      ownOrgOnly: true,
      attack: () => ({}),
      verify: (result) => expect(result).toMatchObject({ ok: true }),
    },
    { target: `${entities}#createLegalEntityAction`, access: "settings.manage", ownOrgOnly: true, attack: () => entity },
    {
      target: `${entities}#updateLegalEntityAction`,
      access: "settings.manage",
      attack: ({ aData }) => ({ ...entity, id: aData.legalEntity.id }),
    },
    {
      target: `${entities}#setLegalEntityArchivedAction`,
      access: "settings.manage",
      attack: ({ aData }) => ({ id: aData.legalEntity.id, archived: true }),
    },
    {
      target: `${entities}#createBankAccountAction`,
      access: "settings.manage",
      attack: ({ aData }) => ({ ...bank, legalEntityId: aData.legalEntity.id, isDefault: true }),
    },
    {
      target: `${entities}#updateBankAccountAction`,
      access: "settings.manage",
      attack: ({ aData }) => ({ ...bank, id: aData.bankAccount.id, isDefault: true }),
    },
    {
      target: `${entities}#setBankAccountArchivedAction`,
      access: "settings.manage",
      attack: ({ aData }) => ({ id: aData.bankAccount.id, archived: true }),
    },
    {
      target: `${directories}#saveDirectoryEntryAction`,
      access: "settings.manage",
      attack: ({ aData }) => ({ kind: "group", id: aData.group.id, name: "Переименовано чужим" }),
    },
    {
      target: `${directories}#deleteDirectoryEntryAction`,
      access: "settings.manage",
      attack: ({ aData }) => ({ kind: "quarter", id: aData.quarter.id }),
    },
  ],
  routes: [
    {
      target: "app/(crm)/crm/settings/legal-entities/export/route.ts#GET",
      access: "settings.view",
      request: () => new Request("http://localhost/crm/settings/legal-entities/export?q=ООО"),
      verify: async (response, { aData, bData }) => {
        expect(response.status).toBe(200);
        const text = await xlsxText(response);
        expect(text).toContain(bData.legalEntity.name);
        expect(text).not.toContain(aData.legalEntity.name);
        expect(text).not.toContain(aData.bankAccount.id);
      },
    },
    {
      target: "app/(crm)/crm/audit/export/route.ts#GET",
      access: "audit.view",
      request: () => new Request("http://localhost/crm/audit/export?entity=building_group"),
      verify: async (response, { a, aData, bData }) => {
        expect(response.status).toBe(200);
        const text = await xlsxText(response);
        expect(text).toContain(bData.group.name);
        expect(text).not.toContain(aData.group.name);
        expect(text).not.toContain(a.directorId);
      },
    },
  ],
};
