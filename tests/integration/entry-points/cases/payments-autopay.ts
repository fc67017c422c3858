import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { autopaySettings, legalEntities, paymentGateways, savedPaymentMethods } from "@/db/schema";
import type { EntryCases, Fixture } from "../case-types";
import { loadTarget } from "../discover";
import { currentSession } from "../session-mock";

const autopay = "app/(cabinet)/cabinet/(signed-in)/autopay/actions.ts";

async function callAsResident(phone: string, target: string, input: unknown) {
  const saved = currentSession.value;
  currentSession.value = { residentPhone: phone };
  try {
    return (await (await loadTarget(target))(input)) as { ok: boolean; code?: string };
  } finally {
    currentSession.value = saved;
  }
}

/** A saved card of the tenant's resident (the shared fixture has none), and for A an active autopay on A's flat. */
async function cardOf(db: Fixture["db"], data: Fixture["aData"], orgId: string) {
  const [entity] = await db.select({ id: legalEntities.id }).from(legalEntities).where(eq(legalEntities.orgId, orgId)).limit(1);
  const [gateway] = await db.insert(paymentGateways).values({ orgId, legalEntityId: entity!.id, provider: "sandbox", name: "Тестовый" }).returning();
  const [card] = await db
    .insert(savedPaymentMethods)
    .values({ orgId, clientId: data.residents.owner.id, gatewayId: gateway!.id, providerMethodId: `pm-${crypto.randomUUID()}`, title: "•••• 4242" })
    .returning();
  return card!;
}

const settingsOfA = ({ db, aData }: Fixture) => db.select().from(autopaySettings).where(eq(autopaySettings.premiseId, aData.residents.premise.id));

const input = (premiseId: string, savedMethodId: string) => ({ premiseId, savedMethodId, invoiceTypes: ["utilities"], mode: "after_issue", daysAfterIssue: "3", monthlyLimit: "", email: "" });

export const cases: EntryCases = {
  actions: [
    {
      // A staff session is no resident; B's resident aiming at A's flat (with B's card), or at B's own flat with A's
      // card, is told «не найдено», and A's flat gets no autopay.
      target: `${autopay}#saveMyAutopayAction`,
      access: "public",
      attack: ({ aData }) => input(aData.residents.premise.id, crypto.randomUUID()),
      verify: async (result, fx) => {
        expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
        const target = `${autopay}#saveMyAutopayAction`;
        const phone = fx.bData.residents.ownerPhone;
        const cardA = await cardOf(fx.db, fx.aData, fx.a.orgId);
        const cardB = await cardOf(fx.db, fx.bData, fx.b.orgId);
        expect(await callAsResident(phone, target, input(fx.aData.residents.premise.id, cardB.id))).toMatchObject({ ok: false, code: "NOT_FOUND" });
        expect(await callAsResident(phone, target, input(fx.bData.residents.premise.id, cardA.id))).toMatchObject({ ok: false, code: "NOT_FOUND" });
        expect(await settingsOfA(fx)).toEqual([]);
      },
    },
    {
      // B's resident cannot switch off A's autopay: «не найдено», and it stays on.
      target: `${autopay}#switchOffMyAutopayAction`,
      access: "public",
      attack: ({ aData }) => ({ premiseId: aData.residents.premise.id }),
      verify: async (result, fx) => {
        expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
        const card = await cardOf(fx.db, fx.aData, fx.a.orgId);
        await fx.db.insert(autopaySettings).values({
          orgId: fx.a.orgId,
          clientId: fx.aData.residents.owner.id,
          premiseId: fx.aData.residents.premise.id,
          invoiceTypes: ["utilities"],
          mode: "after_issue",
          daysAfterIssue: 3,
          savedMethodId: card.id,
        });
        const answer = await callAsResident(fx.bData.residents.ownerPhone, `${autopay}#switchOffMyAutopayAction`, { premiseId: fx.aData.residents.premise.id });
        expect(answer).toMatchObject({ ok: false, code: "NOT_FOUND" });
        expect((await settingsOfA(fx)).map((s) => s.isActive)).toEqual([true]);
      },
    },
  ],
};
