import { and, asc, eq, isNull } from "drizzle-orm";
import { bankAccounts, legalEntities, tariffs } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { formatCalendarDate, todayIn } from "@/lib/core/date-time";
import { assertBuildingVisible } from "@/lib/org/building-scope";
import type { ListParams, Page } from "@/lib/table/list-params";
import { offsetOf } from "@/lib/table/list-params";
import { tariffMethodLabels, tariffTypeLabels } from "../billing-vocabulary";
import { formatPriceE4, formatQuantityMilli } from "../line-arithmetic";
import { loadTariffPrices, priceOn, zonePricesText } from "./tariff-price-history";

const milliText = (v: bigint | null) => (v === null ? "" : formatQuantityMilli(v));
const priceText = (v: bigint | null) => (v === null ? "" : formatPriceE4(v));

/** One row of the «Тарифы» tab: what the table shows, the price history, and the dialog's starting values. */
export type TariffRow = Awaited<ReturnType<typeof loadRows>>[number];

async function loadRows(ctx: StaffContext, buildingId: string) {
  const list = await ctx.db
    .select({ tariff: tariffs, legalEntity: legalEntities.name, account: bankAccounts.settlementAccount, bank: bankAccounts.bankName })
    .from(tariffs)
    .innerJoin(legalEntities, eq(legalEntities.id, tariffs.legalEntityId))
    .innerJoin(bankAccounts, eq(bankAccounts.id, tariffs.bankAccountId))
    .where(and(eq(tariffs.orgId, ctx.orgId), eq(tariffs.buildingId, buildingId), isNull(tariffs.archivedAt)))
    .orderBy(asc(tariffs.position), asc(tariffs.name));
  const prices = await loadTariffPrices(
    ctx.db,
    ctx.orgId,
    list.map((r) => r.tariff.id),
  );
  const today = todayIn(ctx.timezone);
  return list.map(({ tariff: t, legalEntity, account, bank }) => {
    const history = prices.get(t.id) ?? [];
    const inForce = priceOn(history, today);
    const p = inForce?.price;
    return {
      id: t.id,
      code: t.code ?? "",
      name: t.name,
      type: tariffTypeLabels[t.type],
      method: tariffMethodLabels[t.method],
      unit: t.unit,
      price: p ? `${zonePricesText(p, t.zones)} ₽${inForce.upcoming ? ` с ${formatCalendarDate(p.validFrom)}` : ""}` : "—",
      priceE4: p?.price1E4 ?? null,
      legalEntity,
      bankAccount: `${account}, ${bank}`,
      vat: t.vatRate === null ? "Без НДС" : `НДС ${t.vatRate} %`,
      shownInCabinet: t.shownInCabinet,
      commonEnabled: t.commonEnabled,
      history: history.map((h) => ({ validFrom: formatCalendarDate(h.validFrom), price: `${zonePricesText(h, t.zones)} ₽`, current: h.id === p?.id })),
      // The dialog opens on the price in force, so saving with the same date corrects it and a new date adds one.
      form: {
        id: t.id,
        name: t.name,
        code: t.code ?? "",
        type: t.type,
        zones: String(t.zones),
        unit: t.unit,
        method: t.method,
        resource: t.resource ?? "",
        meterPossible: t.meterPossible,
        increasingFactor: formatQuantityMilli(BigInt(t.increasingFactorMilli)),
        legalEntityId: t.legalEntityId,
        bankAccountId: t.bankAccountId,
        vatIncluded: t.vatRate !== null,
        vatRate: String(t.vatRate ?? 22),
        penaltiesWithVat: t.penaltiesWithVat,
        shownInCabinet: t.shownInCabinet,
        commonEnabled: t.commonEnabled,
        commonNorm: milliText(p?.commonNormMilli ?? null),
        price1: priceText(p?.price1E4 ?? null),
        price2: priceText(p?.price2E4 ?? null),
        price3: priceText(p?.price3E4 ?? null),
        norm: milliText(p?.normMilli ?? null),
        validFrom: p?.validFrom ?? today,
      },
    };
  });
}

/** What the search looks through: every column the table shows (seed 000 §7). */
const searchable = (r: TariffRow) => [r.code, r.name, r.type, r.method, r.unit, r.price, r.legalEntity, r.vat, r.shownInCabinet ? "ЛК" : "", r.commonEnabled ? "ОДН" : ""];

const sortKeys: Record<string, (r: TariffRow) => string | bigint> = {
  code: (r) => r.code,
  name: (r) => r.name,
  type: (r) => r.type,
  method: (r) => r.method,
  unit: (r) => r.unit,
  price: (r) => r.priceE4 ?? -1n,
  legalEntity: (r) => r.legalEntity,
  vat: (r) => r.vat,
};

/**
 * The building's tariffs for the «Тарифы» tab. A house has tens of services, not thousands, and the search runs over
 * formatted prices and labels, so the rows are filtered, sorted and paged here rather than in SQL.
 */
export async function listBuildingTariffs(ctx: StaffContext, buildingId: string, params: ListParams): Promise<Page<TariffRow>> {
  await assertBuildingVisible(ctx.db, ctx, buildingId);
  const all = await loadRows(ctx, buildingId);
  const q = params.q?.toLocaleLowerCase("ru");
  const found = q ? all.filter((r) => searchable(r).some((text) => text.toLocaleLowerCase("ru").includes(q))) : all;
  const key = params.sort ? sortKeys[params.sort] : undefined;
  if (key) {
    const sign = params.dir === "desc" ? -1 : 1;
    found.sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return sign * (typeof x === "bigint" && typeof y === "bigint" ? (x < y ? -1 : x > y ? 1 : 0) : String(x).localeCompare(String(y), "ru"));
    });
  }
  const start = offsetOf(params);
  return { rows: found.slice(start, start + params.size), total: { count: found.length, exact: true, estimate: null } };
}
