import { and, eq, isNull, ne } from "drizzle-orm";
import { expect } from "vitest";
import { buildingSuppliers, clientSupplierDetails, externalSuppliers, paymentGateways, payments, savedPaymentMethods } from "@/db/schema";
import type { EntryCases, Fixture } from "../case-types";
import { loadTarget } from "../discover";
import { currentSession } from "../session-mock";

const cards = "app/(cabinet)/cabinet/(signed-in)/cards/actions.ts";
const qr = "app/(cabinet)/cabinet/(signed-in)/pay/qr/actions.ts";
const pay = "app/(cabinet)/cabinet/(signed-in)/pay/actions.ts";
const qrOf = (persAcc: string) => `ST00012|Name=ТСЖ|PersonalAcc=40703810500000000001|BankName=Банк|BIC=044525225|CorrespAcc=30101810400000000225|PersAcc=${persAcc}|Sum=100`;

async function callAsResident(phone: string, target: string, input: unknown) {
  const saved = currentSession.value;
  currentSession.value = { residentPhone: phone };
  try {
    return (await (await loadTarget(target))(input)) as { ok: boolean; code?: string };
  } finally {
    currentSession.value = saved;
  }
}

/** A card of A's resident, made once per fixture. */
async function cardOfA({ db, a, aData }: Fixture) {
  const [existing] = await db.select().from(savedPaymentMethods).where(and(eq(savedPaymentMethods.clientId, aData.residents.owner.id), isNull(savedPaymentMethods.removedAt)));
  if (existing) return existing;
  const [gateway] = await db.insert(paymentGateways).values({ orgId: a.orgId, legalEntityId: aData.legalEntity.id, provider: "sandbox", name: "Песочница A" }).returning();
  const [card] = await db.insert(savedPaymentMethods).values({ orgId: a.orgId, clientId: aData.residents.owner.id, gatewayId: gateway!.id, providerMethodId: "pm-a", title: "•••• 4242" }).returning();
  return card!;
}

const building = "app/(crm)/crm/buildings/[id]/actions.ts";
const mySuppliers = "app/(cabinet)/cabinet/(signed-in)/premises/[id]/suppliers/actions.ts";

/** A's supplier attached to A's building, made once (the harness calls each attack several times). */
async function supplierOfA({ db, a, aData }: Fixture) {
  const [existing] = await db.select().from(externalSuppliers).where(and(eq(externalSuppliers.orgId, a.orgId), eq(externalSuppliers.inn, "7707083893")));
  if (existing) return existing;
  const [supplier] = await db.insert(externalSuppliers).values({ orgId: a.orgId, name: "Интернет A", inn: "7707083893" }).returning();
  await db.insert(buildingSuppliers).values({ orgId: a.orgId, buildingId: aData.building.id, supplierId: supplier!.id });
  return supplier!;
}

export const cases: EntryCases = {
  actions: [
    {
      // B's resident paying A's invoice — by its id alone, or through B's own flat — or with A's saved card is «не найден»; no payment is made.
      target: `${pay}#startPaymentAction`,
      access: "public",
      attack: ({ aData }) => ({ invoiceIds: [aData.issuedInvoice.id] }),
      verify: async (result, fx) => {
        expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
        const phone = fx.bData.residents.ownerPhone;
        expect(await callAsResident(phone, `${pay}#startPaymentAction`, { invoiceIds: [fx.aData.issuedInvoice.id] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
        expect(await callAsResident(phone, `${pay}#startPaymentAction`, { invoiceIds: [fx.aData.issuedInvoice.id], premiseId: fx.bData.residents.premise.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
        expect(await callAsResident(phone, `${pay}#startPaymentAction`, { premiseId: fx.aData.residents.premise.id, amount: "100" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
        // … and so is A's resident's saved card, offered for B's own invoice: no payment is made with it.
        const card = await cardOfA(fx);
        expect(await callAsResident(phone, `${pay}#startPaymentAction`, { invoiceIds: [fx.bData.issuedInvoice.id], savedMethodId: card.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
        expect(await fx.db.select().from(payments).where(eq(payments.savedMethodId, card.id))).toEqual([]);
        // A started payment is at most pending: A's succeeded one belongs to the CRM refund case (payments-crm.ts).
        expect(await fx.db.select().from(payments).where(and(eq(payments.orgId, fx.a.orgId), eq(payments.source, "online"), ne(payments.status, "succeeded")))).toEqual([]);
      },
    },
    {
      // B's resident saving details for A's supplier through A's flat or their own is «не найдено»; nothing is kept.
      target: `${mySuppliers}#saveMySupplierDetailsAction`,
      access: "public",
      attack: async (fx) => ({ premiseId: fx.aData.residents.premise.id, supplierId: (await supplierOfA(fx)).id, values: {} }),
      verify: async (result, fx) => {
        expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
        const supplierId = (await supplierOfA(fx)).id;
        const phone = fx.bData.residents.ownerPhone;
        const target = `${mySuppliers}#saveMySupplierDetailsAction`;
        expect(await callAsResident(phone, target, { premiseId: fx.aData.residents.premise.id, supplierId, values: {} })).toMatchObject({ ok: false, code: "NOT_FOUND" });
        expect(await callAsResident(phone, target, { premiseId: fx.bData.residents.premise.id, supplierId, values: {} })).toMatchObject({ ok: false, code: "NOT_FOUND" });
        expect(await fx.db.select().from(clientSupplierDetails).where(eq(clientSupplierDetails.supplierId, supplierId))).toEqual([]);
      },
    },
    {
      // B attaching A's supplier to A's building (or to its own) is «не найден».
      target: `${building}#attachSupplierAction`,
      access: "finance.tariffs.edit",
      attack: async (fx) => ({ buildingId: fx.aData.building.id, supplierId: (await supplierOfA(fx)).id }),
    },
    {
      target: `${building}#detachSupplierAction`,
      access: "finance.tariffs.edit",
      attack: async (fx) => ({ buildingId: fx.aData.building.id, supplierId: (await supplierOfA(fx)).id }),
    },
    {
      target: `${building}#createSupplierAction`,
      access: "finance.tariffs.edit",
      attack: ({ aData }) => ({
        buildingId: aData.building.id,
        name: "Захват",
        inn: "7707083893",
        bankName: "ПАО СБЕРБАНК",
        bik: "044525225",
        settlementAccount: "40703810500000000001",
        correspondentAccount: "30101810400000000225",
        payerFields: [],
      }),
    },
    {
      // B's resident scanning a QR with A's account number is told «не найден», never A's premise or account ids.
      target: `${qr}#resolvePaymentQrAction`,
      access: "public",
      attack: ({ aData }) => ({ text: qrOf(aData.residents.account.number) }),
      verify: async (result, fx) => {
        expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
        const aimed = await callAsResident(fx.bData.residents.ownerPhone, `${qr}#resolvePaymentQrAction`, { text: qrOf(fx.aData.residents.account.number) });
        expect(aimed).toMatchObject({ ok: false, code: "NOT_FOUND" });
        expect(JSON.stringify(aimed)).not.toContain(fx.aData.residents.account.id);
      },
    },
    {
      // A staff session is no resident; B's resident removing A's resident's card is told «не найдена» and the card stays.
      target: `${cards}#removeSavedCardAction`,
      access: "public",
      attack: async (fx) => ({ cardId: (await cardOfA(fx)).id }),
      verify: async (result, fx) => {
        expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
        const card = await cardOfA(fx);
        expect(await callAsResident(fx.bData.residents.ownerPhone, `${cards}#removeSavedCardAction`, { cardId: card.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
        const [still] = await fx.db.select({ removedAt: savedPaymentMethods.removedAt }).from(savedPaymentMethods).where(eq(savedPaymentMethods.id, card.id));
        expect(still!.removedAt).toBeNull();
      },
    },
  ],
};
