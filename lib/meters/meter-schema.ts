import { z } from "zod";
import type { MeterZone } from "@/db/schema";
import { boundedString } from "@/lib/validation/bounded-string";
import { optionalDate, wholeNumber } from "@/lib/validation/optional-fields";
import { meterResources, meterStatuses, parseReading } from "./meter-vocabulary";

const optionalText = (label: string, max: number) =>
  boundedString(max, label)
    .trim()
    .nullish()
    .transform((v) => v || null);

/** A reading as typed or sent: «1 234,567», "1234.5" or a number; thousandths out. */
export const readingValue = z.union([boundedString(30), z.number()]).transform((value, ctx) => {
  const parsed = typeof value === "number" ? (Number.isFinite(value) ? parseReading(String(value)) : null) : parseReading(value);
  if (parsed === null) {
    ctx.addIssue({ code: "custom", message: "Показание — число не меньше нуля, не больше трёх знаков после запятой" });
    return z.NEVER;
  }
  return parsed;
});

const zone = z.enum(["single", "day", "night", "peak", "semipeak"] satisfies MeterZone[], "Неизвестная тарифная зона");

/** The device's own facts: what staff edit on the card and what an import row or the API carries. */
export const meterFields = z.object({
  resource: z.enum(meterResources, "Выберите ресурс"),
  zones: z.coerce.number().int().min(1).max(3).default(1),
  serialNumber: boundedString(50, "Заводской номер").trim().min(1, "Укажите заводской номер"),
  model: optionalText("Модель", 100),
  place: optionalText("Место установки", 100),
  installedOn: optionalDate("Дата установки"),
  manufacturedOn: optionalDate("Дата выпуска"),
  verificationIntervalYears: wholeNumber("Межповерочный интервал, лет", 1, 20),
  nextVerificationOn: optionalDate("Дата следующей поверки"),
  lastCheckedOn: optionalDate("Дата последней проверки показаний"),
  sealNumber: optionalText("Номер пломбы", 50),
  digits: wholeNumber("Разрядность (знаков до запятой)", 3, 10),
  note: optionalText("Примечание", 2000),
  externalId: optionalText("Внешний идентификатор", 100),
});

/** Only electricity is metered by zones; the next verification is counted from manufacture when not given (003 §13). */
type SettledFacts = Pick<z.output<typeof meterFields>, "resource" | "zones" | "installedOn" | "manufacturedOn" | "verificationIntervalYears" | "nextVerificationOn">;

/** Shared with the meters import, whose rows come as cells rather than these fields. */
export function settleMeterFacts<T extends SettledFacts>(data: T, ctx: z.RefinementCtx): T {
  if (data.resource !== "electricity" && data.zones !== 1) {
    ctx.addIssue({ code: "custom", path: ["zones"], message: "Тарифные зоны бывают только у счётчиков электроэнергии" });
  }
  if (data.installedOn && data.manufacturedOn && data.installedOn < data.manufacturedOn) {
    ctx.addIssue({ code: "custom", path: ["installedOn"], message: "Прибор не может быть установлен раньше, чем выпущен" });
  }
  if (!data.nextVerificationOn && data.manufacturedOn && data.verificationIntervalYears) {
    const year = Number(data.manufacturedOn.slice(0, 4)) + data.verificationIntervalYears;
    return { ...data, nextVerificationOn: `${year}${data.manufacturedOn.slice(4)}`.replace(/-02-29$/, "-02-28") };
  }
  return data;
}

/** An optional reference: a form's select stores "" for «не выбрано», the API sends null or leaves it out. */
const optionalId = (message: string) =>
  z
    .union([z.uuid(message), z.literal("")])
    .nullish()
    .transform((v) => v || null);

const initialReadings = z.partialRecord(zone, readingValue).default({});

/** Adding a meter: where it is (a premise, or a building for a common-house meter) and the dial's first readings. */
export const meterCreateSchema = meterFields
  .extend({
    premiseId: optionalId("Выберите помещение"),
    buildingId: optionalId("Выберите объект"),
    accountId: optionalId("Выберите лицевой счёт"),
    initialReadings,
  })
  .superRefine((data, ctx) => {
    if (!data.premiseId && !data.buildingId) ctx.addIssue({ code: "custom", path: ["premiseId"], message: "Выберите помещение или объект (для общедомового прибора)" });
  })
  .transform(settleMeterFacts);

export const meterUpdateSchema = meterFields
  .extend({
    id: z.uuid("Неверный идентификатор"),
    accountId: optionalId("Выберите лицевой счёт"),
    status: z.enum(meterStatuses.filter((s) => s !== "decommissioned") as ["working", "faulty", "verification_expired"], "Выберите статус"),
    statusSince: optionalDate("Дата изменения статуса"),
  })
  .transform(settleMeterFacts);

/** Replacing: the old meter's final reading and the new meter's facts and initial reading, one step. */
export const meterReplaceSchema = z.object({
  id: z.uuid("Неверный идентификатор"),
  replacedOn: optionalDate("Дата замены").pipe(z.string("Укажите дату замены").max(10)),
  finalReadings: initialReadings,
  next: meterFields.extend({ initialReadings }).transform(settleMeterFacts),
});

export const decommissionSchema = z.object({
  id: z.uuid("Неверный идентификатор"),
  decommissionedOn: optionalDate("Дата вывода").pipe(z.string("Укажите дату вывода из эксплуатации").max(10)),
  finalReadings: initialReadings,
});

/** One reading to submit: which meter and zone, the value, and whether its «implausible jump» was confirmed. */
export const readingInput = z.object({
  meterId: z.uuid("Неверный идентификатор прибора"),
  zone: zone.default("single"),
  value: readingValue,
  confirmed: z.boolean().default(false),
});
export type ReadingInput = z.output<typeof readingInput>;

export const readingsSubmission = z.object({
  readings: z.array(readingInput).min(1, "Введите хотя бы одно показание").max(50, "Не больше 50 показаний за раз"),
});

/**
 * The inspector's phone numbers every reading it queues (a random id it keeps until the server answers), so a batch
 * resent after a reconnect is recognised reading by reading.
 */
export const inspectorReadingsSubmission = z.object({
  readings: z
    .array(readingInput.extend({ submissionId: boundedString(64).regex(/^[A-Za-z0-9-]{8,64}$/, "Неверный номер отправки") }))
    .min(1, "Введите хотя бы одно показание")
    .max(50, "Не больше 50 показаний за раз"),
});

export const zoneSchema = zone;

/** A billing month as the API and the import form send it. */
export const periodSchema = boundedString(7, "Период").regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Период — месяц в виде ГГГГ-ММ (YYYY-MM)");

/** A resident's readings for the meters of one of their premises (the cabinet's form). */
export const myReadingsSchema = readingsSubmission.extend({ premiseId: z.uuid("Неверный идентификатор помещения") });

/** Correcting a reading already saved: the new value, and whether an «implausible jump» was checked and confirmed. */
export const readingEditSchema = z.object({
  id: z.uuid("Неверный идентификатор"),
  value: readingValue,
  confirmed: z.boolean().default(false),
});

const windowDay = (label: string) => wholeNumber(label, 1, 31);
const requiredDay = (label: string) => windowDay(label).pipe(z.number(`${label}: укажите число от 1 до 31`));

function startBeforeEnd(data: { startDay: number | null; endDay: number | null }, ctx: z.RefinementCtx) {
  if (data.startDay !== null && data.endDay !== null && data.startDay > data.endDay) {
    ctx.addIssue({ code: "custom", path: ["endDay"], message: "День окончания не раньше дня начала" });
  }
}

/**
 * The organisation's collection window (ПП 354: by the 25th) and what a late reading does. The reminder day stays in the
 * company profile (organisationProfileSchema), its one editor.
 */
export const orgCollectionWindowSchema = z
  .object({
    startDay: requiredDay("День начала приёма"),
    endDay: requiredDay("День окончания приёма"),
    late: z.enum(["next_period", "refuse"], "Выберите, что делать с показаниями после окончания приёма"),
  })
  .superRefine(startBeforeEnd);

/** A building's own window; both days blank: the building follows the organisation's. */
export const buildingCollectionWindowSchema = z
  .object({
    buildingId: z.uuid("Неверный идентификатор"),
    startDay: windowDay("День начала приёма"),
    endDay: windowDay("День окончания приёма"),
  })
  .superRefine((data, ctx) => {
    if ((data.startDay === null) !== (data.endDay === null)) {
      ctx.addIssue({ code: "custom", path: [data.startDay === null ? "startDay" : "endDay"], message: "Укажите оба дня или оставьте оба пустыми" });
    }
    startBeforeEnd(data, ctx);
  });
