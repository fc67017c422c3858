import { z } from "zod";
import { settleMeterFacts } from "@/lib/meters/meter-schema";
import { optionalCell } from "../cell-schemas";
import { dateCell, periodCell, readingCell, resourceCell, wholeCell } from "./meter-cells";

const optionalResource = z
  .string()
  .max(100, "Ресурс: не длиннее 100 символов")
  .transform((v) => v || undefined)
  .pipe(resourceCell.optional());

/** A row of «Приборы учёта с последними показаниями», its facts settled the way the meter card settles them. */
export const meterImportRowSchema = z
  .object({
    account: optionalCell("Лицевой счёт", 30),
    building: optionalCell("Объект", 300),
    flat: optionalCell("Квартира", 20),
    resource: resourceCell,
    serial: z.string().min(1, "Не указан заводской номер").max(50, "Заводской номер: не длиннее 50 символов"),
    model: optionalCell("Модель", 100),
    zones: wholeCell("Тарифных зон", 1, 3),
    place: optionalCell("Место установки", 100),
    installedOn: dateCell("Дата установки"),
    manufacturedOn: dateCell("Дата выпуска"),
    interval: wholeCell("Межповерочный интервал", 1, 20),
    nextVerificationOn: dateCell("Дата следующей поверки"),
    digits: wholeCell("Разрядность", 3, 10),
    seal: optionalCell("Номер пломбы", 50),
    externalId: optionalCell("Внешний ID", 100),
    reading1: readingCell("Показание T1"),
    reading2: readingCell("Показание T2"),
    reading3: readingCell("Показание T3"),
    readingDate: dateCell("Дата показаний"),
  })
  .transform((row, ctx) => {
    if (!row.account && !row.building) {
      ctx.addIssue({ code: "custom", path: ["account"], message: "Укажите лицевой счёт или адрес объекта с квартирой (без квартиры — общедомовой прибор)" });
    }
    const facts = settleMeterFacts(
      {
        resource: row.resource,
        zones: row.zones ?? 1,
        serialNumber: row.serial,
        installedOn: row.installedOn,
        manufacturedOn: row.manufacturedOn,
        verificationIntervalYears: row.interval,
        nextVerificationOn: row.nextVerificationOn,
      },
      ctx,
    );
    const readings = [row.reading1, row.reading2, row.reading3];
    readings.forEach((value, i) => {
      if (value !== null && i >= facts.zones) ctx.addIssue({ code: "custom", path: [`reading${i + 1}`], message: `У прибора ${facts.zones === 1 ? "одна тарифная зона" : `${facts.zones} тарифные зоны`}: показание T${i + 1} лишнее` });
    });
    if (readings.some((v) => v !== null) && !row.readingDate) ctx.addIssue({ code: "custom", path: ["readingDate"], message: "Укажите дату показаний" });
    return { ...row, ...facts, readings };
  });
export type MeterImportRow = z.output<typeof meterImportRowSchema>;

/** A row of «Показания за период»: which meter (serial, or account and resource), which zone, the value, the month. */
export const readingImportRowSchema = z
  .object({
    serial: optionalCell("Заводской номер", 50),
    account: optionalCell("Лицевой счёт", 30),
    resource: optionalResource,
    zone: optionalCell("Зона", 20).transform((v) => v ?? ""),
    value: readingCell("Показание").pipe(z.bigint("Не указано показание")),
    period: periodCell,
    takenOn: dateCell("Дата снятия"),
    externalId: optionalCell("Внешний ID", 100),
  })
  .superRefine((row, ctx) => {
    if (!row.serial && !(row.account && row.resource)) {
      ctx.addIssue({ code: "custom", path: ["serial"], message: "Укажите заводской номер прибора или лицевой счёт вместе с ресурсом" });
    }
  });
export type ReadingImportRow = z.output<typeof readingImportRowSchema>;
