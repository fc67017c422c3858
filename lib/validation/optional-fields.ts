import { z } from "zod";

/** A form's text or a number from the API; blank means «not known» (null). */
export const blankable = z.union([z.string().max(100), z.number()]).nullish();
export const textOf = (value: string | number | null | undefined) => String(value ?? "").trim();

/** A whole number within what the thing really has, e.g. floors from 1 to 150; blank → null. */
export const wholeNumber = (label: string, min: number, max: number) =>
  blankable.transform((value, ctx) => {
    const text = textOf(value);
    if (text === "") return null;
    const n = Number(text);
    if (!/^\d+$/.test(text) || n < min || n > max) {
      ctx.addIssue({ code: "custom", message: `${label}: целое число от ${min} до ${max}` });
      return z.NEVER;
    }
    return n;
  });

/** A calendar date «YYYY-MM-DD» between two years; blank → null. */
export const optionalDate = (label: string, { from = 1950, to = () => new Date().getFullYear() + 20 } = {}) =>
  blankable.transform((value, ctx) => {
    const text = textOf(value);
    if (text === "") return null;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : null;
    if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
      ctx.addIssue({ code: "custom", message: `${label}: укажите дату` });
      return z.NEVER;
    }
    if (date.getUTCFullYear() < from || date.getUTCFullYear() > to()) {
      ctx.addIssue({ code: "custom", message: `${label}: между ${from} и ${to()} годом` });
      return z.NEVER;
    }
    return text;
  });
