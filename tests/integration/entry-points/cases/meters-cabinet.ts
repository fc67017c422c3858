import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { meterReadings } from "@/db/schema";
import type { EntryCases, Fixture } from "../case-types";
import { loadTarget } from "../discover";
import { currentSession } from "../session-mock";

const meters = "app/(cabinet)/cabinet/(signed-in)/premises/[id]/meters/actions.ts";

async function callAsResident(phone: string, target: string, input: unknown) {
  const saved = currentSession.value;
  currentSession.value = { residentPhone: phone };
  try {
    return (await (await loadTarget(target))(input)) as { ok: boolean; code?: string };
  } finally {
    currentSession.value = saved;
  }
}

const readingsOfA = async ({ db, aData }: Fixture) => db.select().from(meterReadings).where(eq(meterReadings.meterId, aData.meter.id));

export const cases: EntryCases = {
  actions: [
    {
      // A staff session is no resident; B's resident aiming at A's flat and meter is told «не найдено» and A's
      // readings stay as they were — and so with B's own premise id and A's meter.
      target: `${meters}#submitMyReadingsAction`,
      access: "public",
      attack: ({ aData }) => ({ premiseId: aData.residents.premise.id, readings: [{ meterId: aData.meter.id, value: "99" }] }),
      verify: async (result, fx) => {
        expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
        const before = await readingsOfA(fx);
        const target = `${meters}#submitMyReadingsAction`;
        const phone = fx.bData.residents.ownerPhone;
        const aimedAtA = await callAsResident(phone, target, { premiseId: fx.aData.residents.premise.id, readings: [{ meterId: fx.aData.meter.id, value: "99" }] });
        expect(aimedAtA).toMatchObject({ ok: false, code: "NOT_FOUND" });
        const viaOwnPremise = await callAsResident(phone, target, { premiseId: fx.bData.residents.premise.id, readings: [{ meterId: fx.aData.meter.id, value: "99" }] });
        expect(viaOwnPremise).toMatchObject({ ok: false, code: "NOT_FOUND" });
        expect(await readingsOfA(fx)).toEqual(before);
      },
    },
  ],
};
