import { z } from "zod";

/** Letters (Cyrillic or Latin), spaces, hyphens and apostrophes: what real Russian names contain. */
const NAME_PATTERN = /^[\p{L}][\p{L}\s'’-]*$/u;

export const personNameSchema = (field: string) =>
  z
    .string()
    .trim()
    .min(1, `Укажите: ${field.toLowerCase()}`)
    .max(60, `${field}: не длиннее 60 символов`)
    .regex(NAME_PATTERN, `${field}: только буквы, пробел и дефис`);
