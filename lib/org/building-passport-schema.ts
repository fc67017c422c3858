import { z } from "zod";
import { blankable, optionalDate, textOf, wholeNumber } from "@/lib/validation/optional-fields";

/** An area in m² written either way («12 345,6» or 12345.6), up to 9 999 999,99 — stored as numeric(12,2) text. */
const area = (label: string, { zero = false } = {}) =>
  blankable.transform((value, ctx) => {
    const text = textOf(value).replace(/[\s\u00a0]/g, "").replace(",", ".");
    if (text === "") return null;
    if (!/^\d+(\.\d+)?$/.test(text)) {
      ctx.addIssue({ code: "custom", message: `${label}: число в м², например 4 520,5` });
      return z.NEVER;
    }
    if (/\.\d{3,}$/.test(text)) {
      ctx.addIssue({ code: "custom", message: `${label}: не больше двух знаков после запятой` });
      return z.NEVER;
    }
    const n = Number(text);
    if (n > 9_999_999.99 || (zero ? n < 0 : n <= 0)) {
      ctx.addIssue({ code: "custom", message: `${label}: от ${zero ? "0" : "0,01"} до 9 999 999,99 м²` });
      return z.NEVER;
    }
    return text;
  });

/** A code of a fixed shape; blank → null. */
const code = (pattern: RegExp, message: string, normalise: (v: string) => string = (v) => v) =>
  blankable.transform((value, ctx) => {
    const text = normalise(textOf(value));
    if (text === "") return null;
    if (!pattern.test(text)) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return text;
  });

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Кадастровый номер: округ:район:квартал:объект, e.g. 77:01:0001001:1234. */
const CADASTRAL = /^\d{2}:\d{2}:\d{6,7}:\d{1,10}$/;

const currentYear = () => new Date().getFullYear();

const managementStart = optionalDate("Дата начала управления", { from: 1991, to: () => currentYear() + 1 });

/** The building's passport (seed 002: «объект»): every field optional, each within the range a real house has. */
export const buildingPassportFields = {
  yearBuilt: wholeNumber("Год постройки", 1700, currentYear() + 5),
  floors: wholeNumber("Этажность", 1, 150),
  entrances: wholeNumber("Подъездов", 0, 100),
  totalArea: area("Общая площадь"),
  livingArea: area("Жилая площадь", { zero: true }),
  nonResidentialArea: area("Нежилая площадь", { zero: true }),
  cadastralNumber: code(CADASTRAL, "Кадастровый номер в формате 77:01:0001001:1234", (v) => v.replace(/\s/g, "")),
  fiasCode: code(GUID, "Код ФИАС (ГАР) — GUID вида 0c5b2444-70a0-4932-980c-b4dc0d3f02b5", (v) => v.toLowerCase()),
  gisHousingCode: code(GUID, "Код дома в ГИС ЖКХ — GUID вида 0c5b2444-70a0-4932-980c-b4dc0d3f02b5", (v) => v.toLowerCase()),
  managementStartDate: managementStart,
};

type Areas = { totalArea: string | null; livingArea: string | null; nonResidentialArea: string | null };

/** Living and non-residential parts cannot exceed the whole; the message goes beside the part that does. */
export function checkPassportAreas(data: Areas, ctx: z.RefinementCtx): void {
  if (data.totalArea === null) return;
  const total = Number(data.totalArea);
  const living = Number(data.livingArea ?? 0);
  const other = Number(data.nonResidentialArea ?? 0);
  if (living > total) ctx.addIssue({ code: "custom", path: ["livingArea"], message: "Жилая площадь больше общей" });
  else if (living + other > total) ctx.addIssue({ code: "custom", path: ["nonResidentialArea"], message: "Жилая и нежилая площади вместе больше общей" });
}
