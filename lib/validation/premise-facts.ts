import { z } from "zod";

/**
 * What a real building has, checked the same way in the staff form, the Excel import and the REST API. Each schema
 * takes a trimmed, non-empty string (the callers decide what blank means) and returns the value to store.
 */

/** Basements go a few levels down; the tallest Russian towers have under 100 floors. */
export const FLOOR_MIN = -5;
export const FLOOR_MAX = 200;

/** Larger than any single premise (a whole shopping centre is about 100 000 m²); catches a slip of the keyboard. */
export const AREA_MAX = 100_000;

export const floorSchema = z.string().max(10, `Этаж: целое число от ${FLOOR_MIN} до ${FLOOR_MAX}`).transform((text, ctx) => {
  const floor = /^[-−]?\d{1,3}$/.test(text) ? Number(text.replace("−", "-")) : NaN;
  if (!Number.isInteger(floor) || floor < FLOOR_MIN || floor > FLOOR_MAX) {
    ctx.addIssue({ code: "custom", message: `Этаж: целое число от ${FLOOR_MIN} до ${FLOOR_MAX}` });
    return z.NEVER;
  }
  return String(floor);
});

/** «2», «2А» or a single letter «Б»: how entrances are signed on real doors. */
export const entranceSchema = z
  .string()
  .max(4, "Подъезд: номер (например 2 или 2А) или одна буква")
  .regex(/^(\d{1,3}[\p{L}]?|[\p{L}])$/u, "Подъезд: номер (например 2 или 2А) или одна буква")
  .transform((text) => text.toUpperCase());

/** «12», «12А», «12/1», «П-3», «1 корп»: letters, digits, space, hyphen, slash and dot. */
export const premiseNumberSchema = z
  .string()
  .min(1, "Укажите номер")
  .max(20, "Номер: не длиннее 20 символов")
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ./-]*$/u, "Номер: только буквы, цифры, пробел, точка, дефис и косая черта");

/**
 * The form of a premise number that decides whether two numbers are the same premise: case and spaces do not count,
 * nor do leading zeros of a number («01» = «1», «Кв 007А» = «кв7а»). The column `premises.number_key` is computed
 * with the same rule in SQL (db/schema/registry.ts); the two must change together.
 */
export function premiseNumberKey(number: string): string {
  return number
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/(^|\D)0+(\d)/g, "$1$2");
}

/** Letters, digits, hyphen and slash: what billing programs print as a personal account number. */
export const accountNumberSchema = z
  .string()
  .min(1, "Укажите номер лицевого счёта")
  .max(30, "Номер лицевого счёта: не длиннее 30 символов")
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}/-]*$/u, "Номер лицевого счёта: только буквы, цифры, дефис и косая черта");

/** «45,5», «1 234.56» or 45.5 → "45.50", the form numeric(10,2) gives back, so a re-import compares equal. */
export const areaSchema = (label: string) =>
  z.string().max(30, `${label}: укажите число, например 54,3`).transform((text, ctx) => {
    const normal = text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
    const issue = (message: string) => {
      ctx.addIssue({ code: "custom", message: `${label}: ${message}` });
      return z.NEVER;
    };
    if (!/^\d+(\.\d+)?$/.test(normal)) return issue("укажите число, например 54,3");
    if ((normal.split(".")[1] ?? "").length > 2) return issue("не больше двух знаков после запятой");
    const [whole = "", fraction = ""] = normal.split(".");
    const value = Number(normal);
    if (value <= 0) return issue("укажите число больше нуля");
    if (value > AREA_MAX) return issue(`не больше ${AREA_MAX.toLocaleString("ru-RU")} м²`);
    return `${BigInt(whole)}.${fraction.padEnd(2, "0")}`;
  });

/** A stored area ("42.90") as the form shows it, the Russian way: «42,9». areaSchema reads it back. */
export function areaInputText(value: string | null): string {
  if (value === null) return "";
  const trimmed = value.includes(".") ? value.replace(/\.?0+$/, "") : value;
  return trimmed.replace(".", ",");
}
