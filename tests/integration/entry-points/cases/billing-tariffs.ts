import { eq, isNull } from "drizzle-orm";
import { expect } from "vitest";
import { penaltyRates } from "@/db/schema";
import type { EntryCases, Fixture } from "../case-types";

const building = "app/(crm)/crm/buildings/[id]/actions.ts";
const settings = "app/(crm)/crm/settings/billing/actions.ts";

/** A complete tariff aimed at A: A's building, legal entity and account. */
const tariffOfA = ({ aData }: Fixture) => ({
  name: "Захват",
  type: "utility",
  unit: "м³",
  method: "manual",
  price1: "1",
  validFrom: "2026-01-01",
  legalEntityId: aData.legalEntity.id,
  bankAccountId: aData.bankAccount.id,
});

/** A row that comes with the product (org_id null): no organisation may delete it. */
const productRate = async ({ db }: Fixture) => {
  const [row] = await db.select({ id: penaltyRates.id }).from(penaltyRates).where(isNull(penaltyRates.orgId)).orderBy(penaltyRates.id).limit(1);
  return row!.id;
};

const switches = { onlinePayment: false, arbitraryAmount: true, acceptWithoutInvoices: true, insuranceAfterFullRepayment: true, insuranceWithAdvance: true, penaltiesOneLine: true };

export const cases: EntryCases = {
  actions: [
    {
      target: `${building}#createTariffAction`,
      access: "finance.tariffs.edit",
      attack: (fx) => ({ ...tariffOfA(fx), buildingId: fx.aData.building.id }),
    },
    {
      target: `${building}#updateTariffAction`,
      access: "finance.tariffs.edit",
      attack: (fx) => ({ ...tariffOfA(fx), id: fx.aData.tariff.id, price1: "999", validFrom: "2026-02-01" }),
    },
    {
      target: `${building}#deleteTariffAction`,
      access: "finance.tariffs.edit",
      attack: ({ aData }) => ({ id: aData.tariff.id }),
    },
    {
      target: `${building}#updateBuildingPaymentSettingsAction`,
      access: "finance.tariffs.edit",
      attack: ({ aData }) => ({ buildingId: aData.building.id, ...switches }),
    },
    {
      target: `${settings}#updateBillingSettingsAction`,
      access: "settings.manage",
      ownOrgOnly: true,
      attack: () => ({ paymentDueDay: "20", documentDay: "2", penaltyCountsPaymentDay: false, penaltyDueDayOnTime: false }),
      verify: (result) => expect(result).toMatchObject({ ok: true }),
    },
    {
      target: `${settings}#createPenaltyRateAction`,
      access: "settings.manage",
      // Always the caller's own row; A's schedule (product rows and A's own) stays as it was.
      ownOrgOnly: true,
      attack: () => ({ kind: "key_rate", validFrom: "2026-12-21", rate: "15" }),
      verify: (result) => expect(result).toMatchObject({ ok: true }),
    },
    {
      target: `${settings}#deletePenaltyRateAction`,
      access: "settings.manage",
      attack: async (fx) => ({ id: await productRate(fx) }),
      verify: async (result, fx) => {
        expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
        expect(await fx.db.select().from(penaltyRates).where(eq(penaltyRates.id, await productRate(fx)))).toHaveLength(1);
      },
    },
  ],
};
