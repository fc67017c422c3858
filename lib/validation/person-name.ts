import { z } from "zod";

/** Letters (Cyrillic or Latin), spaces, hyphens and apostrophes: what real Russian names contain. */
const NAME_PATTERN = /^[\p{L}][\p{L}\s'’-]*$/u;

// «Укажите фамилию»: the required-field message takes the accusative form of the field's name.
const accusative = { Фамилия: "фамилию", Имя: "имя", Отчество: "отчество" } as const;

export const personNameSchema = (field: keyof typeof accusative) =>
  z
    .string()
    .trim()
    .min(1, `Укажите ${accusative[field]}`)
    .max(60, `${field}: не длиннее 60 символов`)
    .regex(NAME_PATTERN, `${field}: только буквы, пробел и дефис`);
