import { expect } from "vitest";
import { createApiKey } from "@/lib/access/api-keys/create-api-key";
import type { EntryCases, Fixture } from "../case-types";

/** A request with a fresh key of organisation B holding the meter scopes. */
async function asB(fx: Fixture, path: string, init: RequestInit = {}): Promise<Request> {
  const { key } = await createApiKey(fx.b.director, { name: "Ключ Беты (приборы)", scopes: ["meters:read", "meters:write", "readings:write"] });
  return new Request(`http://localhost${path}`, { ...init, headers: { authorization: `Bearer ${key}`, "content-type": "application/json" } });
}

/** Nothing of A's meters — ids, serials, readings — may come back to B. */
async function revealsNothingOfA(response: Response, fx: Fixture) {
  const text = await response.text();
  for (const secret of [fx.aData.meter.id, fx.aData.buildingMeter.id, fx.aData.reading.id, fx.aData.meter.serialNumber, fx.aData.building.id]) expect(text).not.toContain(secret);
  return text;
}

/** REST API routes authenticate by key (so «public» here); B's key must not reach A's meters or readings. */
export const cases: EntryCases = {
  routes: [
    {
      target: "app/api/v1/meters/route.ts#GET",
      access: "public",
      request: (fx) => asB(fx, `/api/v1/meters?serialNumber=${encodeURIComponent(fx.aData.meter.serialNumber)}`),
      verify: async (response, fx) => {
        expect(response.status).toBe(200);
        expect((JSON.parse(await revealsNothingOfA(response, fx)) as { items: unknown[] }).items).toEqual([]);
      },
    },
    {
      target: "app/api/v1/meters/route.ts#POST",
      access: "public",
      // A meter in A's flat: the premise is unknown to B, so nothing is created.
      request: (fx) =>
        asB(fx, "/api/v1/meters", { method: "POST", body: JSON.stringify({ items: [{ externalId: "M-ATTACK", premiseId: fx.aData.residents.premise.id, resource: "cold_water", serialNumber: "АТАКА-1" }] }) }),
      verify: async (response, fx) => {
        expect(response.status).toBe(422);
        await revealsNothingOfA(response, fx);
      },
    },
    {
      target: "app/api/v1/meter-readings/route.ts#GET",
      access: "public",
      request: (fx) => asB(fx, `/api/v1/meter-readings?period=${fx.aData.reading.period}`),
      verify: async (response, fx) => {
        expect(response.status).toBe(200);
        // B's own reading of the same month comes back; none of A's.
        const { items } = JSON.parse(await revealsNothingOfA(response, fx)) as { items: { meterId: string }[] };
        expect(items.every((i) => i.meterId !== fx.aData.meter.id)).toBe(true);
      },
    },
    {
      target: "app/api/v1/meter-readings/route.ts#POST",
      access: "public",
      // A reading for A's meter by its id: unknown to B, so nothing is written.
      request: (fx) => asB(fx, "/api/v1/meter-readings", { method: "POST", body: JSON.stringify({ items: [{ externalId: "R-ATTACK", meterId: fx.aData.meter.id, period: "2026-11", value: "999" }] }) }),
      verify: async (response, fx) => {
        expect(response.status).toBe(422);
        expect(await revealsNothingOfA(response, fx)).toContain("Прибор учёта не найден");
      },
    },
  ],
};
