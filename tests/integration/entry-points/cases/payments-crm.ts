import { expect } from "vitest";
import type { EntryCases, Fixture, RouteCase } from "../case-types";
import { xlsxText } from "../xlsx-text";

/** A list's export asked by B with A's account as the search and A's building as a filter: it must stay B's own. */
const exportCase = (route: string, access: RouteCase["access"], header: string): RouteCase => ({
  target: `app/(crm)/crm/${route}/route.ts#GET`,
  access,
  request: ({ aData }: Fixture) => new Request(`http://localhost/crm/${route}?q=${encodeURIComponent(aData.residents.account.number)}&building=${aData.building.id}`),
  verify: async (response, { aData }) => {
    expect(response.status).toBe(200);
    const text = await xlsxText(response);
    expect(text).toContain(header);
    expect(text).not.toContain(aData.residents.account.number);
    expect(text).not.toContain(aData.building.address);
  },
});

const debtors = "app/(crm)/crm/debtors/actions.ts";
/** B's reminder aimed at A's building and A's account: it reads only B's debtors, so it reaches none of A's clients. */
const reminderAttack = ({ aData }: Fixture) => ({ channel: "sms", query: { building: aData.building.id, q: aData.residents.account.number } });

export const cases: EntryCases = {
  actions: [
    {
      target: `${debtors}#previewDebtReminderAction`,
      access: "finance.debtors.view",
      attack: reminderAttack,
      ownOrgOnly: true,
      verify: (result) => expect(result).toMatchObject({ ok: true, data: { recipients: 0, sample: null } }),
    },
    {
      target: `${debtors}#startDebtReminderAction`,
      access: "finance.debtors.view",
      attack: reminderAttack,
    },
  ],
  routes: [
    exportCase("payments/export/online", "finance.payments.view", "Плательщик"),
    exportCase("payments/export/third-party", "finance.payments.view", "Источник"),
    exportCase("debtors/export", "finance.debtors.view", "Лицевой счёт"),
  ],
};
