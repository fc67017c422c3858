import { expect } from "vitest";
import { createApiKey } from "@/lib/access/api-keys/create-api-key";
import type { EntryCases, Fixture, RouteCase } from "../case-types";

const settings = "app/(crm)/crm/settings/api-keys/actions.ts";

/** A request made with a fresh key of organisation B that holds every scope. */
async function asB(fx: Fixture, path: string, init: RequestInit = {}): Promise<Request> {
  const { key } = await createApiKey(fx.b.director, { name: "Ключ Беты", scopes: ["read", "clients:write", "premises:write", "accounts:write"] });
  return new Request(`http://localhost${path}`, { ...init, headers: { authorization: `Bearer ${key}`, "content-type": "application/json" } });
}

const post = (fx: Fixture, path: string, items: unknown[]) => asB(fx, path, { method: "POST", body: JSON.stringify({ items }) });

/** The body must not carry any id or external id of A. */
async function revealsNothingOfA(response: Response, fx: Fixture) {
  const text = await response.text();
  for (const secret of [fx.aData.clientApi.client.id, fx.aData.clientApi.premise.id, fx.aData.residents.account.id, fx.aData.building.id]) {
    expect(text).not.toContain(secret);
  }
  return text;
}

/** REST API routes authenticate by key, not session (so «public» here); B's key must not reach A. */
function listCase(resource: string, externalId: (fx: Fixture) => string): RouteCase {
  return {
    target: `app/api/v1/${resource}/route.ts#GET`,
    access: "public",
    request: (fx) => asB(fx, `/api/v1/${resource}?externalId=${encodeURIComponent(externalId(fx))}`),
    verify: async (response, fx) => {
      expect(response.status).toBe(200);
      // B may hold its own rows under the same external id (other cases create them); never A's.
      const { items } = JSON.parse(await revealsNothingOfA(response, fx)) as { items: unknown[] };
      expect(Array.isArray(items)).toBe(true);
    },
  };
}

export const cases: EntryCases = {
  actions: [
    { target: `${settings}#createApiKeyAction`, access: "settings.integrations", attack: () => ({ name: "Чужой", scopes: ["read"] }), ownOrgOnly: true },
    { target: `${settings}#revokeApiKeyAction`, access: "settings.integrations", attack: ({ aData }) => ({ id: aData.clientApi.apiKey.id }) },
  ],
  routes: [
    listCase("clients", (fx) => fx.aData.clientApi.externalIdRow.externalId),
    listCase("premises", (fx) => fx.aData.clientApi.premise.externalId ?? ""),
    listCase("accounts", (fx) => fx.aData.residents.account.externalId ?? fx.aData.residents.account.number),
    {
      target: "app/api/v1/clients/route.ts#POST",
      access: "public",
      // A's client's external id and phone, linked to A's premise: the premise is unknown to B, so nothing applies.
      request: (fx) =>
        post(fx, "/api/v1/clients", [
          {
            externalId: fx.aData.clientApi.externalIdRow.externalId,
            lastName: "Захватов",
            phone: fx.aData.clientApi.client.phone,
            links: [{ premiseExternalId: fx.aData.clientApi.premise.externalId }],
          },
        ]),
      verify: async (response, fx) => {
        expect(response.status).toBe(422);
        expect(await revealsNothingOfA(response, fx)).toContain("не найдено");
      },
    },
    {
      target: "app/api/v1/premises/route.ts#POST",
      access: "public",
      request: (fx) => post(fx, "/api/v1/premises", [{ externalId: fx.aData.clientApi.premise.externalId, buildingId: fx.aData.building.id, type: "flat", number: "1" }]),
      verify: async (response, fx) => {
        expect(response.status).toBe(422);
        expect(await revealsNothingOfA(response, fx)).toContain("Объект не найден");
      },
    },
    {
      target: "app/api/v1/accounts/route.ts#POST",
      access: "public",
      request: (fx) => post(fx, "/api/v1/accounts", [{ externalId: "LS-ATTACK", premiseExternalId: fx.aData.clientApi.premise.externalId, number: "1" }]),
      verify: async (response, fx) => {
        expect(response.status).toBe(422);
        await revealsNothingOfA(response, fx);
      },
    },
    {
      target: "app/api/v1/openapi.json/route.ts#GET",
      access: "public",
      request: () => new Request("http://localhost/api/v1/openapi.json"),
      verify: async (response, fx) => {
        expect(response.status).toBe(200);
        await revealsNothingOfA(response, fx);
      },
    },
  ],
};
