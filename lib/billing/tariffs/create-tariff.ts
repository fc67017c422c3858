import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { bankAccounts, legalEntities, tariffPrices, tariffs } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { assertBuildingVisible } from "@/lib/org/building-scope";
import type { tariffCreateSchema, TariffValues } from "./tariff-schema";

/** The tariff's own columns (everything but the dated price). */
export const tariffColumns = (v: TariffValues) => ({
  name: v.name,
  code: v.code,
  type: v.type,
  zones: v.zones,
  unit: v.unit,
  method: v.method,
  resource: v.resource,
  meterPossible: v.meterPossible,
  increasingFactorMilli: Number(v.increasingFactor),
  legalEntityId: v.legalEntityId,
  bankAccountId: v.bankAccountId,
  vatRate: v.vatRate,
  penaltiesWithVat: v.penaltiesWithVat,
  shownInCabinet: v.shownInCabinet,
  commonEnabled: v.commonEnabled,
});

/** The price row from `validFrom`: per zone, with the norms billing by norm and ОДН use. */
export const priceColumns = (v: TariffValues) => ({
  validFrom: v.validFrom,
  price1E4: v.price1,
  price2E4: v.price2,
  price3E4: v.price3,
  normMilli: v.norm,
  commonNormMilli: v.commonNorm,
});

/**
 * The money goes to an active legal entity of the organisation and to one of that entity's own active accounts:
 * an account of another entity (or organisation) would send residents' payments to the wrong payee.
 */
export async function assertPayee(db: Db, orgId: string, legalEntityId: string, bankAccountId: string): Promise<void> {
  const [entity] = await db
    .select({ id: legalEntities.id })
    .from(legalEntities)
    .where(and(eq(legalEntities.id, legalEntityId), eq(legalEntities.orgId, orgId), isNull(legalEntities.archivedAt)));
  if (!entity) throw new AppError("VALIDATION", "Юрлицо не найдено", { legalEntityId: ["Выберите юрлицо организации"] });
  const [account] = await db
    .select({ id: bankAccounts.id })
    .from(bankAccounts)
    .where(and(eq(bankAccounts.id, bankAccountId), eq(bankAccounts.orgId, orgId), eq(bankAccounts.legalEntityId, legalEntityId), isNull(bankAccounts.archivedAt)));
  if (!account) throw new AppError("VALIDATION", "Расчётный счёт не принадлежит юрлицу", { bankAccountId: ["Выберите расчётный счёт этого юрлица"] });
}

/** «Добавить» on the building's «Тарифы» tab (seed 000 §7): the tariff and its first price, one transaction. */
export async function createTariff(ctx: StaffContext, { buildingId, ...values }: z.output<typeof tariffCreateSchema>) {
  assertPermission(ctx, "finance.tariffs.edit");
  await assertBuildingVisible(ctx.db, ctx, buildingId);
  await assertPayee(ctx.db, ctx.orgId, values.legalEntityId, values.bankAccountId);
  return ctx.db.transaction(async (tx) => {
    const [tariff] = await tx
      .insert(tariffs)
      .values({ ...tariffColumns(values), orgId: ctx.orgId, buildingId })
      .returning();
    if (!tariff) throw new Error("tariff insert returned no row");
    const [price] = await tx
      .insert(tariffPrices)
      .values({ ...priceColumns(values), orgId: ctx.orgId, tariffId: tariff.id })
      .returning();
    await writeAudit(tx, ctx, { action: "tariff.created", entityType: "tariff", entityId: tariff.id, after: { ...tariff, price } });
    return tariff;
  });
}
