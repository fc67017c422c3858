import { z } from "zod";

/** Russia's eleven time zones, west to east, labelled as Russians say them: by the offset from Moscow. */
export const russianTimeZones = [
  { value: "Europe/Kaliningrad", label: "Калининград (МСК−1)" },
  { value: "Europe/Moscow", label: "Москва (МСК)" },
  { value: "Europe/Samara", label: "Самара (МСК+1)" },
  { value: "Asia/Yekaterinburg", label: "Екатеринбург (МСК+2)" },
  { value: "Asia/Omsk", label: "Омск (МСК+3)" },
  { value: "Asia/Krasnoyarsk", label: "Красноярск, Новосибирск (МСК+4)" },
  { value: "Asia/Irkutsk", label: "Иркутск (МСК+5)" },
  { value: "Asia/Yakutsk", label: "Якутск (МСК+6)" },
  { value: "Asia/Vladivostok", label: "Владивосток (МСК+7)" },
  { value: "Asia/Magadan", label: "Магадан (МСК+8)" },
  { value: "Asia/Kamchatka", label: "Камчатка (МСК+9)" },
] as const;

export type RussianTimeZone = (typeof russianTimeZones)[number]["value"];

const zoneIds: ReadonlySet<string> = new Set(russianTimeZones.map((z) => z.value));

export const isRussianTimeZone = (value: string): value is RussianTimeZone => zoneIds.has(value);

/** Any string in, so that forms and stored values (plain text columns) type-check; only listed zones pass. */
export const timeZoneSchema = z.string({ error: "Выберите часовой пояс" }).max(100, "Выберите часовой пояс из списка").refine(isRussianTimeZone, "Выберите часовой пояс из списка");

/** An employee's own zone: empty means «as the organisation», stored as null. */
export const optionalTimeZoneSchema = z
  .union([z.literal(""), timeZoneSchema])
  .nullish()
  .transform((value) => value || null);

export function timeZoneLabel(value: string): string {
  return russianTimeZones.find((z) => z.value === value)?.label ?? value;
}
