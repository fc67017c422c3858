import { expect } from "vitest";
import { createApiKey } from "@/lib/access/api-keys/create-api-key";
import type { EntryCases, Fixture, RouteCase } from "../case-types";

const settings = "app/(crm)/crm/settings/api-keys/actions.ts";

/** A request made with a fresh key of organisation B that holds every scope. */
async function asB(fx: Fixture, path: string, init: RequestInit = {}): Promise<Request> {
  const { key } = await createApiKey(fx.b.director, { name: "Ключ Беты", scopes: ["read", "buildings:write", "clients:write", "premises:write", "accounts:write"] });
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

/**
 * GET one record of A by its id or external id with B's key: the same 404 as for an id that does not exist, or B's
 * own record when B holds one under the same external id (other cases create some); never A's.
 */
function oneCase(target: string, path: (fx: Fixture) => string): RouteCase {
  return {
    target,
    access: "public",
    request: (fx) => asB(fx, path(fx)),
    verify: async (response, fx) => {
      expect([200, 404]).toContain(response.status);
      if (response.status === 404) expect(response.headers.get("content-type")).toBe("application/problem+json");
      await revealsNothingOfA(response, fx);
    },
  };
}

const aIds = (fx: Fixture) => ({
  buildings: { id: fx.aData.building.id, externalId: fx.aData.building.externalId ?? fx.aData.building.id },
  premises: { id: fx.aData.clientApi.premise.id, externalId: fx.aData.clientApi.premise.externalId ?? "" },
  clients: { id: fx.aData.clientApi.client.id, externalId: fx.aData.clientApi.externalIdRow.externalId },
  accounts: { id: fx.aData.residents.account.id, externalId: fx.aData.residents.account.externalId ?? fx.aData.residents.account.number },
});
const kinds = ["buildings", "premises", "clients", "accounts"] as const;

/** The docs are public and describe the API only. */
const docsCase = (path: string): RouteCase => ({
  target: `app/api/v1${path}/route.ts#GET`,
  access: "public",
  request: () => new Request(`http://localhost/api/v1${path}`),
  verify: async (response, fx) => {
    expect(response.status).toBe(200);
    await revealsNothingOfA(response, fx);
  },
});

export const cases: EntryCases = {
  actions: [
    { target: `${settings}#createApiKeyAction`, access: "settings.integrations", attack: () => ({ name: "Чужой", scopes: ["read"] }), ownOrgOnly: true },
    { target: `${settings}#revokeApiKeyAction`, access: "settings.integrations", attack: ({ aData }) => ({ id: aData.clientApi.apiKey.id }) },
  ],
  routes: [
    ...kinds.flatMap((kind) => [
      oneCase(`app/api/v1/${kind}/[id]/route.ts#GET`, (fx) => `/api/v1/${kind}/${aIds(fx)[kind].id}`),
      oneCase(`app/api/v1/${kind}/external/[externalId]/route.ts#GET`, (fx) => `/api/v1/${kind}/external/${encodeURIComponent(aIds(fx)[kind].externalId)}`),
    ]),
    docsCase("/docs"),
    docsCase("/docs/scalar.js"),
    listCase("buildings", (fx) => fx.aData.building.externalId ?? fx.aData.building.id),
    {
      target: "app/api/v1/buildings/route.ts#POST",
      access: "public",
      // A building is named by external id only: A's Domkom id in the body is refused, not used to find A's building.
      request: (fx) =>
        post(fx, "/api/v1/buildings", [{ externalId: "B-ATTACK", id: fx.aData.building.id, city: fx.aData.building.city, street: "ул. Захвата", house: "1" }]),
      verify: async (response, fx) => {
        expect(response.status).toBe(422);
        expect(await revealsNothingOfA(response, fx)).toContain("Неизвестное поле «id»");
      },
    },
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
