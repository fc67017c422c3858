import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bankAccounts, legalEntities, tariffPrices, tariffs } from "@/db/schema";
import type { PriceRow, RunTariff } from "./compute-account-lines";

/** The live tariffs of the buildings with every price row and the payee's requisites, by building, in list order. */
export async function loadRunTariffs(db: Db, orgId: string, buildingIds: readonly string[]): Promise<Map<string, RunTariff[]>> {
  const byBuilding = new Map<string, RunTariff[]>();
  if (!buildingIds.length) return byBuilding;
  const rows = await db
    .select({
      tariff: tariffs,
      legalEntityName: legalEntities.name,
      inn: legalEntities.inn,
      kpp: legalEntities.kpp,
      bankName: bankAccounts.bankName,
      bik: bankAccounts.bik,
      settlementAccount: bankAccounts.settlementAccount,
      correspondentAccount: bankAccounts.correspondentAccount,
    })
    .from(tariffs)
    .innerJoin(legalEntities, eq(legalEntities.id, tariffs.legalEntityId))
    .innerJoin(bankAccounts, eq(bankAccounts.id, tariffs.bankAccountId))
    .where(and(eq(tariffs.orgId, orgId), inArray(tariffs.buildingId, [...buildingIds]), isNull(tariffs.archivedAt)))
    .orderBy(asc(tariffs.position), asc(tariffs.createdAt));
  const prices = rows.length
    ? await db
        .select()
        .from(tariffPrices)
        .where(and(eq(tariffPrices.orgId, orgId), inArray(tariffPrices.tariffId, rows.map((r) => r.tariff.id))))
    : [];
  const pricesOf = new Map<string, PriceRow[]>();
  for (const p of prices) pricesOf.set(p.tariffId, [...(pricesOf.get(p.tariffId) ?? []), p]);
  for (const { tariff: t, ...payee } of rows) {
    const run: RunTariff = {
      id: t.id,
      name: t.name,
      code: t.code,
      type: t.type,
      zones: t.zones,
      unit: t.unit,
      method: t.method,
      resource: t.resource,
      meterPossible: t.meterPossible,
      increasingFactorMilli: t.increasingFactorMilli,
      vatRate: t.vatRate,
      penaltiesWithVat: t.penaltiesWithVat,
      commonEnabled: t.commonEnabled,
      position: t.position,
      payee: { legalEntityId: t.legalEntityId, bankAccountId: t.bankAccountId, ...payee },
      prices: pricesOf.get(t.id) ?? [],
    };
    byBuilding.set(t.buildingId, [...(byBuilding.get(t.buildingId) ?? []), run]);
  }
  return byBuilding;
}
