import { z } from "zod";
import type { MeterResource, MeterZone } from "@/db/schema";
import { parseReading, resourceLabels } from "@/lib/meters/meter-vocabulary";
import { textKey } from "../text-key";

/** Names staff write for a resource; the first of each is what the template offers. */
const resourceWords: Record<MeterResource, readonly string[]> = {
  cold_water: ["ХВС", "холодная вода", "хол вода", "холодное водоснабжение"],
  hot_water: ["ГВС", "горячая вода", "гор вода", "горячее водоснабжение"],
  heating: ["Отопление", "тепло", "теплоэнергия", "тепловая энергия"],
  electricity: ["Электроэнергия", "электричество", "ээ", "эл энергия", "электро"],
  gas: ["Газ", "газоснабжение"],
};
const resourceByWord = new Map(Object.entries(resourceWords).flatMap(([resource, words]) => words.map((w) => [textKey(w), resource as MeterResource] as const)));
export const resourceNames = Object.values(resourceWords).map((words) => words[0] ?? "");

export const resourceCell = z
  .string()
  .max(100, "Ресурс: не длиннее 100 символов")
  .min(1, "Не указан ресурс")
  .transform((text, ctx) => {
    const resource = resourceByWord.get(textKey(text));
    if (!resource) {
      ctx.addIssue({ code: "custom", message: `Неизвестный ресурс «${text}»: укажите ${resourceNames.join(", ")}` });
      return z.NEVER;
    }
    return resource;
  });

export const resourceName = (resource: MeterResource) => resourceWords[resource][0] ?? resourceLabels[resource];

const isoDate = (y: string, m: string, d: string) => {
  const iso = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
};

/** «25.11.2026», «2026-11-25» or an Excel date cell (read as ISO) → ISO; blank → null. */
export function parseCellDate(text: string): string | null | undefined {
  if (!text) return null;
  const ru = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  if (ru) return isoDate(ru[3]!, ru[2]!, ru[1]!) ?? undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text);
  if (iso) return isoDate(iso[1]!, iso[2]!, iso[3]!) ?? undefined;
  return undefined;
}

export const dateCell = (label: string) =>
  z
    .string()
    .max(40, `${label}: не длиннее 40 символов`)
    .transform((text, ctx) => {
      const date = parseCellDate(text);
      if (date === undefined || (date && (date < "1950-01-01" || date > "2100-12-31"))) {
        ctx.addIssue({ code: "custom", message: `${label}: укажите дату в виде ДД.ММ.ГГГГ` });
        return z.NEVER;
      }
      return date;
    });

/** «2026-11», «11.2026» or a date, which counts in its month → «YYYY-MM»; blank → null. */
export function parseCellPeriod(text: string): string | null | undefined {
  if (!text) return null;
  const isoMonth = /^(\d{4})-(\d{1,2})$/.exec(text);
  const ruMonth = /^(\d{1,2})[./](\d{4})$/.exec(text);
  const [year, month] = isoMonth ? [isoMonth[1], isoMonth[2]] : ruMonth ? [ruMonth[2], ruMonth[1]] : [undefined, undefined];
  if (year && month) {
    const n = Number(month);
    return n >= 1 && n <= 12 ? `${year}-${String(n).padStart(2, "0")}` : undefined;
  }
  return parseCellDate(text)?.slice(0, 7);
}

export const periodCell = z
  .string()
  .max(40, "Период: не длиннее 40 символов")
  .transform((text, ctx) => {
    const period = parseCellPeriod(text);
    if (period === undefined || (period && (period < "2000-01" || period > "2100-12"))) {
      ctx.addIssue({ code: "custom", message: "Период: укажите месяц в виде ММ.ГГГГ или ГГГГ-ММ" });
      return z.NEVER;
    }
    return period;
  });

/** A reading as written in a file; a letter, a minus or four decimals is an error naming the cell. */
export const readingCell = (label: string) =>
  z
    .string()
    .max(40, `${label}: не длиннее 40 символов`)
    .transform((text, ctx) => {
      if (!text) return null;
      const value = parseReading(text);
      if (value === null) {
        ctx.addIssue({ code: "custom", message: `${label}: «${text}» — не показание. Укажите число не меньше нуля, не больше трёх знаков после запятой, например 123,456` });
        return z.NEVER;
      }
      return value;
    });

export const wholeCell = (label: string, min: number, max: number) =>
  z
    .string()
    .max(20, `${label}: не длиннее 20 символов`)
    .transform((text, ctx) => {
      if (!text) return null;
      const n = Number(text);
      if (!/^\d+$/.test(text) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message: `${label}: целое число от ${min} до ${max}` });
        return z.NEVER;
      }
      return n;
    });

/**
 * The zone a tariff number or word names on a meter with `zones` zones: T1 is «день» on a two-zone meter and «пик»
 * on a three-zone one, T2 is always «ночь», T3 «полупик» (the order on the meters' own displays).
 */
const tariffZones: Record<number, readonly MeterZone[]> = { 1: ["single"], 2: ["day", "night"], 3: ["peak", "night", "semipeak"] };
const zoneWords = new Map<string, MeterZone>([
  ["день", "day"],
  ["дневная", "day"],
  ["ночь", "night"],
  ["ночная", "night"],
  ["пик", "peak"],
  ["полупик", "semipeak"],
]);

export const tariffZone = (zones: number, tariff: number): MeterZone | undefined => tariffZones[zones]?.[tariff - 1];

/** The zone a «Зона» cell names on this meter, or undefined when the meter has no such zone. Blank is the only zone of a one-zone meter. */
export function zoneOf(zones: number, text: string): MeterZone | undefined {
  const key = textKey(text).replace(/ /g, "");
  if (!key) return zones === 1 ? "single" : undefined;
  const tariff = /^[тt]?(\d)$/.exec(key);
  const zone = tariff ? tariffZone(zones, Number(tariff[1])) : zoneWords.get(key);
  return zone && tariffZones[zones]?.includes(zone) ? zone : undefined;
}
