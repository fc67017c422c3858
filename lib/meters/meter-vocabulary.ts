import type { MeterResource, MeterStatus, MeterZone, ReadingSource } from "@/db/schema";
import { formatScaledDecimal, parseScaledDecimal } from "@/lib/exchange/decimal";

export const resourceLabels: Record<MeterResource, string> = {
  cold_water: "ХВС",
  hot_water: "ГВС",
  heating: "Отопление",
  electricity: "Электроэнергия",
  gas: "Газ",
};

export const resourceUnits: Record<MeterResource, string> = {
  cold_water: "м³",
  hot_water: "м³",
  heating: "Гкал",
  electricity: "кВт·ч",
  gas: "м³",
};

export const statusLabels: Record<MeterStatus, string> = {
  working: "Работает",
  faulty: "Неисправен",
  verification_expired: "Поверка истекла",
  decommissioned: "Выведен из эксплуатации",
};

export const zoneLabels: Record<MeterZone, string> = {
  single: "Показание",
  day: "День (T1)",
  night: "Ночь (T2)",
  peak: "Пик (T1)",
  semipeak: "Полупик (T3)",
};

export const sourceLabels: Record<ReadingSource, string> = {
  resident: "Житель",
  staff: "Сотрудник",
  inspector: "Инспектор",
  import: "Импорт",
  api: "API",
};

export const meterResources = Object.keys(resourceLabels) as MeterResource[];
export const meterStatuses = Object.keys(statusLabels) as MeterStatus[];
export const readingSources = Object.keys(sourceLabels) as ReadingSource[];

/** The zones a meter is read in: one-rate meters have one; electricity two (day/night) or three (peak/semipeak/night). */
export function meterZones(zones: number): MeterZone[] {
  if (zones === 2) return ["day", "night"];
  if (zones === 3) return ["peak", "semipeak", "night"];
  return ["single"];
}

/** Readings keep thousandths: enough for water in litres and any electricity dial. */
export const READING_SCALE = 3;

/** «123,456» or «123.4» as typed → thousandths; null for anything that is not a non-negative number. */
export function parseReading(text: string): bigint | null {
  const value = parseScaledDecimal(text, READING_SCALE);
  return value === null || value < 0n ? null : value;
}

/**
 * Thousandths → «1 234,567». Trailing zeros of the fraction are dropped («120» rather than «120,000») unless `fixed`:
 * an invoice's explanation lines up all three decimals.
 */
export function formatReading(milli: bigint, { fixed = false } = {}): string {
  const [whole = "0", fraction = ""] = formatScaledDecimal(milli, READING_SCALE).split(".");
  const grouped = whole.replace(/^-/, "").replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
  const trimmed = fixed ? fraction : fraction.replace(/0+$/, "");
  return `${whole.startsWith("-") ? "−" : ""}${grouped}${trimmed ? `,${trimmed}` : ""}`;
}

/** The serial as compared for «the same meter»: case, spaces and dashes do not make another device. */
export const serialKey = (serial: string) => serial.replace(/[\s\-–—_./]/g, "").toUpperCase();

/** «ХВС», «Электроэнергия · 2 зоны»: the resource as lists and cards name a meter's kind. */
export const meterKindText = (resource: MeterResource, zones: number) => `${resourceLabels[resource]}${zones > 1 ? ` · ${zones} зоны` : ""}`;
