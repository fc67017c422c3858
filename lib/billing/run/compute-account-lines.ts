import type { InvoiceLineKind, InvoiceType, MeterResource, MeterZone, TariffMethod, TariffType } from "@/db/schema";
import { tariffTypesByInvoiceType } from "@/lib/billing/billing-vocabulary";
import { firstDayOf } from "@/lib/billing/billing-period";
import { accruedKopecks, areaMilli, divideHalfUp, includedVatKopecks, lineTotalKopecks, type ZoneQuantity } from "@/lib/billing/line-arithmetic";
import { meterZones } from "@/lib/meters/meter-vocabulary";
import { volumesForPeriods, type MeteringPoint, type MeterPart, type MeterReading, type PeriodVolume } from "@/lib/meters/volumes";

/**
 * The lines of one account for one period, from the building's tariffs, the premise's facts and its metering
 * points. Pure: the billing run loads the inputs and writes the result.
 *
 * | tariff method   | quantity                                                                                      |
 * |-----------------|-----------------------------------------------------------------------------------------------|
 * | meter           | volume per zone (lib/meters/volumes: reading, replacement, average, norm); the norm is        |
 * |                 | norm × residents, × the increasing factor only when no usable meter exists and one is possible |
 * |                 | (ПП 354 п. 42); a «recalculation» outcome bills nothing as accrued and its difference as the    |
 * |                 | line's recalculation                                                                           |
 * | norm_residents  | norm × registered residents                                                                   |
 * | norm_area       | norm × total area                                                                             |
 * | area            | total area                                                                                    |
 * | fixed           | 1 per premise                                                                                 |
 * | manual          | none: staff type it in an invoice, runs skip it                                               |
 * | (norm, nobody registered and no meter of the resource: no line — a parking space drinks no water)               |
 * | ОДН (any, when commonEnabled) | a second line «common»: the common-house norm × total area, at the first zone's price |
 *
 * Quantities are thousandths; a product of two thousandths is rounded half-up back to thousandths.
 */

export interface PriceRow {
  validFrom: string;
  price1E4: bigint;
  price2E4: bigint | null;
  price3E4: bigint | null;
  normMilli: bigint | null;
  commonNormMilli: bigint | null;
}

export interface Payee {
  legalEntityId: string;
  legalEntityName: string;
  inn: string;
  kpp: string | null;
  bankAccountId: string;
  bankName: string;
  bik: string;
  settlementAccount: string;
  correspondentAccount: string;
}

export interface RunTariff {
  id: string;
  name: string;
  code: string | null;
  type: TariffType;
  zones: number;
  unit: string;
  method: TariffMethod;
  resource: MeterResource | null;
  meterPossible: boolean;
  increasingFactorMilli: number;
  vatRate: number | null;
  penaltiesWithVat: boolean;
  commonEnabled: boolean;
  position: number;
  payee: Payee;
  /** Every price row, any order. */
  prices: readonly PriceRow[];
}

export interface PremiseFacts {
  totalArea: string | null;
  registeredResidents: number | null;
}

export interface PremisePoint {
  resource: MeterResource;
  point: MeteringPoint;
  readings: MeterReading[];
}

export interface ComputedLine {
  invoiceType: InvoiceType;
  tariffId: string;
  kind: InvoiceLineKind;
  position: number;
  serviceName: string;
  unit: string;
  tariff: TariffSnapshot;
  qty: [bigint, bigint | null, bigint | null];
  price: [bigint, bigint | null, bigint | null];
  accruedKopecks: bigint;
  recalculationKopecks: bigint;
  recalculationReason: string | null;
  basis: Basis;
}

export type TariffSnapshot = ReturnType<typeof snapshotOf>;

/** Why the quantity is what it is, as plain JSON (thousandths as strings) for the invoice card and the ЕПД. */
export type Basis =
  | { method: "meter"; zones: MeterZoneBasis[]; residents: number; normMilli: string | null; factorMilli: number | null }
  | { method: "norm_residents"; normMilli: string; residents: number }
  | { method: "norm_area" | "common"; normMilli: string; areaMilli: string }
  | { method: "area"; areaMilli: string }
  | { method: "fixed" };

export interface MeterZoneBasis {
  zone: MeterZone;
  volumeMethod: PeriodVolume["method"];
  volumeMilli: string;
  explanation: string;
  normReason: PeriodVolume["normReason"] | null;
  readings: { meterId: string; fromMilli: string; toMilli: string; volumeMilli: string }[];
  /** A refused reading: why, and that the period was billed as if there were none. */
  refused: string | null;
}

const invoiceTypeOf = new Map<TariffType, InvoiceType>(
  (Object.entries(tariffTypesByInvoiceType) as [InvoiceType, readonly TariffType[]][]).flatMap(([invoiceType, types]) => types.map((t) => [t, invoiceType] as const)),
);

/** The price row in force on the given day: the latest one from on or before it. */
export function priceOn(prices: readonly PriceRow[], day: string): PriceRow | null {
  let found: PriceRow | null = null;
  for (const row of prices) if (row.validFrom <= day && (!found || row.validFrom > found.validFrom)) found = row;
  return found;
}

const times = (a: bigint, bMilli: bigint): bigint => divideHalfUp(a * bMilli, 1000n);

function snapshotOf(tariff: RunTariff, price: PriceRow) {
  return {
    name: tariff.name,
    code: tariff.code,
    type: tariff.type,
    unit: tariff.unit,
    zones: tariff.zones,
    method: tariff.method,
    validFrom: price.validFrom,
    price1E4: price.price1E4.toString(),
    price2E4: price.price2E4?.toString() ?? null,
    price3E4: price.price3E4?.toString() ?? null,
    normMilli: price.normMilli?.toString() ?? null,
    commonNormMilli: price.commonNormMilli?.toString() ?? null,
    increasingFactorMilli: tariff.increasingFactorMilli,
    vatRate: tariff.vatRate,
    penaltiesWithVat: tariff.penaltiesWithVat,
    payee: tariff.payee,
  };
}

/** The readings a volume came from: volumes.ts lists them for replacements and recalculations, a plain reading is found here. */
function readingsOf(value: PeriodVolume, p: PremisePoint): MeterPart[] {
  if (value.parts) return value.parts;
  if (value.method !== "reading") return [];
  const own = p.readings.filter((r) => r.zone === undefined || r.zone === p.point.zone);
  const current = own.find((r) => r.period === value.period);
  const meter = p.point.meters.find((m) => m.id === current?.meterId);
  if (!current || !meter) return [];
  const previous = own.filter((r) => r.meterId === meter.id && r.period < value.period).sort((a, b) => b.period.localeCompare(a.period))[0];
  return [{ meterId: meter.id, from: previous?.value ?? meter.initialValue, to: current.value, volume: value.volume }];
}

type Quantity = { qty: bigint[]; recalculation: bigint[]; reason: string | null; basis: Basis };

function meterQuantity(tariff: RunTariff, period: string, residents: number, points: readonly PremisePoint[]): Quantity {
  const own = points.filter((p) => p.resource === tariff.resource);
  const zones = meterZones(tariff.zones);
  const normOn = (p: string) => priceOn(tariff.prices, firstDayOf(p))?.normMilli ?? 0n;
  // A meter of fewer zones than the tariff bills its volume in the first zone; one of more zones adds them up there.
  const matching = zones.every((zone) => own.some((p) => p.point.zone === zone));
  const sources = matching ? zones.map((zone) => own.filter((p) => p.point.zone === zone)) : [own];
  const qty = zones.map(() => 0n);
  const recalculation = zones.map(() => 0n);
  const reasons: string[] = [];
  const basisZones: MeterZoneBasis[] = [];
  let factorMilli: number | null = null;
  sources.forEach((chosen, i) => {
    const list = chosen.length ? chosen : [{ resource: tariff.resource ?? "cold_water", point: { resource: tariff.resource ?? "", zone: zones[i] ?? "single", meters: [] }, readings: [] }];
    list.forEach((p, j) => {
      // The norm is the premise's, not each dial's: only the first point of the first zone carries it.
      const normFor = (q: string) => (i === 0 && j === 0 ? normOn(q) * BigInt(residents) : 0n);
      const [outcome] = volumesForPeriods(p.point, p.readings, [period], normFor);
      if (!outcome) return;
      const value = outcome.ok ? outcome.value : outcome.fallback;
      let volume = value.volume;
      const raised = value.method === "norm" && tariff.meterPossible && (value.normReason === "no-meter" || value.normReason === "meter-unusable");
      if (raised) {
        factorMilli = tariff.increasingFactorMilli;
        volume = times(volume, BigInt(tariff.increasingFactorMilli));
      }
      if (value.method === "recalculation") {
        recalculation[i] = (recalculation[i] ?? 0n) + volume;
        reasons.push(value.explanation);
      } else qty[i] = (qty[i] ?? 0n) + volume;
      basisZones.push({
        zone: p.point.zone,
        volumeMethod: value.method,
        volumeMilli: volume.toString(),
        explanation: value.explanation,
        normReason: value.normReason ?? null,
        readings: readingsOf(value, p).map((part) => ({ meterId: part.meterId, fromMilli: part.from.toString(), toMilli: part.to.toString(), volumeMilli: part.volume.toString() })),
        refused: outcome.ok ? null : outcome.error.message,
      });
    });
  });
  const norm = priceOn(tariff.prices, firstDayOf(period))?.normMilli ?? null;
  const basis: Basis = { method: "meter", zones: basisZones, residents, normMilli: norm?.toString() ?? null, factorMilli };
  return { qty, recalculation, reason: reasons.length ? reasons.join("; ") : null, basis };
}

function quantityOf(tariff: RunTariff, price: PriceRow, period: string, premise: PremiseFacts, points: readonly PremisePoint[]): Quantity | null {
  const area = areaMilli(premise.totalArea);
  const residents = premise.registeredResidents ?? 0;
  const norm = price.normMilli ?? 0n;
  const plain = (qty: bigint, basis: Basis): Quantity => ({ qty: [qty], recalculation: [0n], reason: null, basis });
  // Nobody registered and nothing measured (a parking space, a storeroom): there is nothing to bill by the norm.
  const unmeasured = !points.some((p) => p.resource === tariff.resource);
  switch (tariff.method) {
    case "meter":
      return residents === 0 && unmeasured ? null : meterQuantity(tariff, period, residents, points);
    case "norm_residents":
      return residents === 0 ? null : plain(norm * BigInt(residents), { method: "norm_residents", normMilli: norm.toString(), residents });
    case "norm_area":
      return plain(times(norm, area), { method: "norm_area", normMilli: norm.toString(), areaMilli: area.toString() });
    case "area":
      return plain(area, { method: "area", areaMilli: area.toString() });
    case "fixed":
      return plain(1000n, { method: "fixed" });
    case "manual":
      return null;
  }
}

const zonePrices = (price: PriceRow, zones: number): bigint[] => [price.price1E4, price.price2E4 ?? 0n, price.price3E4 ?? 0n].slice(0, Math.max(1, Math.min(zones, 3)));

const triple = <T>(values: readonly T[], fill: T | null): [T, T | null, T | null] => [values[0] ?? (fill as T), values[1] ?? fill, values[2] ?? fill];

function line(tariff: RunTariff, index: number, price: PriceRow, kind: InvoiceLineKind, invoiceType: InvoiceType, q: Quantity, prices: bigint[]): ComputedLine {
  const zones = (values: bigint[]): ZoneQuantity[] => prices.map((priceE4, i) => ({ qtyMilli: values[i] ?? 0n, priceE4 }));
  const accrued = accruedKopecks(zones(q.qty));
  const recalculation = accruedKopecks(zones(q.recalculation));
  return {
    invoiceType,
    tariffId: tariff.id,
    kind,
    position: index * 2 + (kind === "common" ? 1 : 0),
    serviceName: tariff.name,
    unit: tariff.unit,
    tariff: snapshotOf(tariff, price),
    qty: triple(q.qty, null),
    price: triple(prices, null),
    accruedKopecks: accrued,
    recalculationKopecks: recalculation,
    recalculationReason: q.reason,
    basis: q.basis,
  };
}

/** Lines for every tariff that has a price on the period's first day; tariffs without one are reported back. */
export function computeAccountLines(input: {
  period: string;
  tariffs: readonly RunTariff[];
  premise: PremiseFacts;
  points: readonly PremisePoint[];
}): { lines: ComputedLine[]; unpriced: string[] } {
  const lines: ComputedLine[] = [];
  const unpriced: string[] = [];
  for (const [index, tariff] of input.tariffs.entries()) {
    const invoiceType = invoiceTypeOf.get(tariff.type);
    if (!invoiceType || tariff.method === "manual") continue;
    const price = priceOn(tariff.prices, firstDayOf(input.period));
    if (!price) {
      unpriced.push(tariff.id);
      continue;
    }
    const q = quantityOf(tariff, price, input.period, input.premise, input.points);
    if (q) lines.push(line(tariff, index, price, "service", invoiceType, q, zonePrices(price, tariff.zones)));
    if (tariff.commonEnabled && price.commonNormMilli !== null) {
      const area = areaMilli(input.premise.totalArea);
      const basis: Basis = { method: "common", normMilli: price.commonNormMilli.toString(), areaMilli: area.toString() };
      lines.push(line(tariff, index, price, "common", invoiceType, { qty: [times(price.commonNormMilli, area)], recalculation: [0n], reason: null, basis }, [price.price1E4]));
    }
  }
  return { lines, unpriced };
}

/**
 * A line's VAT and amount due once its penalty is known. The run's lines carry no opening debt (the invoice's opening
 * balance does), no benefit and nothing paid; penalties bear VAT only when the tariff says so.
 */
export function finishLine(l: ComputedLine, penaltyKopecks: bigint): { vatKopecks: bigint | null; totalKopecks: bigint } {
  const money = { accruedKopecks: l.accruedKopecks, openingDebtKopecks: 0n, recalculationKopecks: l.recalculationKopecks, benefitKopecks: 0n, penaltyKopecks, paidKopecks: 0n };
  const rate = l.tariff.vatRate;
  const taxed = l.accruedKopecks + l.recalculationKopecks + (l.tariff.penaltiesWithVat ? penaltyKopecks : 0n);
  return { vatKopecks: rate === null ? null : includedVatKopecks(taxed, rate), totalKopecks: lineTotalKopecks(money) };
}
