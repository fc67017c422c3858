import { and, eq, isNull } from "drizzle-orm";
import { expect } from "vitest";
import { outbox, premiseClients, registrationRequests } from "@/db/schema";
import type { ActionCase, EntryCases, Fixture } from "../case-types";
import { loadTarget } from "../discover";
import { currentSession } from "../session-mock";
import { xlsxText } from "../xlsx-text";

const login = "app/(cabinet)/cabinet/login/actions.ts";
const register = "app/(cabinet)/cabinet/register/actions.ts";
const premise = "app/(cabinet)/cabinet/(signed-in)/premises/[id]/actions.ts";
const staff = "app/(crm)/crm/clients/registration-requests/actions.ts";

/** Runs `target` with a resident's session instead of the staff session the harness set, then puts it back. */
async function callAs(residentPhone: string, target: string, input: unknown) {
  const saved = currentSession.value;
  currentSession.value = { residentPhone };
  try {
    return (await (await loadTarget(target))(input)) as { ok: boolean; code?: string };
  } finally {
    currentSession.value = saved;
  }
}

const activeLinks = async ({ db, aData }: Fixture) =>
  (await db.select().from(premiseClients).where(and(eq(premiseClients.premiseId, aData.residents.premise.id), isNull(premiseClients.removedAt)))).length;

/**
 * A cabinet action: a staff session is no resident (UNAUTHENTICATED), and organisation B's resident aiming at A's
 * premise is told «не найдено» while A's links stay as they were.
 */
function residentCase(target: string, attack: ActionCase["attack"]): ActionCase {
  return {
    target,
    access: "public",
    attack,
    verify: async (result, fx) => {
      expect(result, target).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
      const before = await activeLinks(fx);
      const asB = await callAs(fx.bData.residents.ownerPhone, target, attack(fx));
      expect(asB, target).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(await activeLinks(fx), `${target} changed A's links`).toBe(before);
    },
  };
}

const noCodeIn = (result: unknown) => expect(JSON.stringify(result)).not.toMatch(/\d{6}/);

export const cases: EntryCases = {
  actions: [
    {
      target: `${login}#requestSignInCodeAction`,
      access: "public",
      attack: ({ aData }) => ({ phone: aData.residents.ownerPhone }),
      verify: noCodeIn,
    },
    {
      target: `${login}#signInResidentAction`,
      access: "public",
      attack: ({ aData }) => ({ phone: aData.residents.ownerPhone, code: "000000" }),
      verify: (result) => expect(result).toMatchObject({ ok: false }),
    },
    {
      target: "app/(cabinet)/cabinet/actions.ts#signOutResidentAction",
      access: "public",
      attack: () => undefined,
      verify: (result) => expect(result).toMatchObject({ url: "/cabinet/login" }),
    },
    {
      target: `${register}#searchOrganisationsAction`,
      access: "public",
      attack: () => ({ q: "УК Альфа" }),
      verify: (result) => {
        const found = (result as { ok: true; data: object[] }).data;
        expect(found.length).toBeGreaterThan(0);
        // Name, ИНН and city only: nothing else of an organisation is public.
        for (const org of found) expect(Object.keys(org).sort()).toEqual(["id", "inn", "name", "place"]);
      },
    },
    {
      target: `${register}#requestRegistrationCodeAction`,
      access: "public",
      attack: ({ a }) => ({ orgId: a.orgId, phone: "+79990001001" }),
      verify: async (result, { db }) => {
        noCodeIn(result);
        expect(await db.select().from(outbox).where(eq(outbox.recipient, "+79990001001"))).toHaveLength(1);
      },
    },
    {
      target: `${register}#submitRegistrationAction`,
      access: "public",
      attack: ({ a, aData }) => ({
        orgId: a.orgId,
        accountNumber: aData.residents.account.number,
        lastName: "Владельцев",
        phone: "+79990001002",
        code: "000000",
        consent: true,
      }),
      verify: async (result, { db }) => {
        expect(result).toMatchObject({ ok: false });
        expect(await db.select().from(registrationRequests).where(eq(registrationRequests.phone, "+79990001002"))).toHaveLength(0);
      },
    },
    residentCase(`${premise}#addPremiseMemberAction`, ({ aData }) => ({
      premiseId: aData.residents.premise.id,
      basis: "resident",
      lastName: "Чужаков",
      firstName: "Пётр",
      phone: "+79990001003",
    })),
    residentCase(`${premise}#removePremiseMemberAction`, ({ aData }) => ({
      premiseId: aData.residents.premise.id,
      linkId: aData.residents.ownerLink.id,
    })),
    {
      target: `${staff}#approveRegistrationAction`,
      access: "registry.clients.edit",
      attack: ({ aData }) => ({ id: aData.residents.registrationRequest.id }),
      // A resident's session is no employee's, even the resident of the very organisation.
      verify: async (_result, fx) => {
        const asResident = await callAs(fx.aData.residents.ownerPhone, `${staff}#approveRegistrationAction`, { id: fx.aData.residents.registrationRequest.id });
        expect(asResident).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
      },
    },
    {
      target: `${staff}#declineRegistrationAction`,
      access: "registry.clients.edit",
      attack: ({ aData }) => ({ id: aData.residents.registrationRequest.id, reason: "Чужая заявка" }),
    },
  ],
  routes: [
    {
      target: "app/(crm)/crm/clients/registration-requests/export/route.ts#GET",
      access: "registry.clients.edit",
      request: () => new Request("http://localhost/crm/clients/registration-requests/export?status=all"),
      verify: async (response, { aData, bData }) => {
        expect(response.status).toBe(200);
        const text = await xlsxText(response);
        expect(text).toContain(bData.residents.account.number);
        expect(text).not.toContain(aData.residents.account.number);
      },
    },
  ],
};
