import { z } from "zod";
import { elsSchema, optionalText } from "@/lib/validation/schemas";

const optionalId = z
  .union([z.uuid("Неверный идентификатор"), z.literal("")])
  .nullish()
  .transform((v) => v || null);

/** A personal account as staff enter it (seed 002 §7). */
const accountFields = {
  legalEntityId: optionalId,
  number: z
    .string({ error: "Укажите номер лицевого счёта" })
    .trim()
    .min(1, "Укажите номер лицевого счёта")
    .max(30, "Номер лицевого счёта: не длиннее 30 символов"),
  /** Единый лицевой счёт ГИС ЖКХ, 00АА000000. */
  els: optionalText(elsSchema).transform((v) => v ?? null),
  externalId: z
    .string()
    .trim()
    .max(100, "Внешний идентификатор: не длиннее 100 символов")
    .nullish()
    .transform((v) => v || null),
  hiddenInCabinet: z.boolean().default(false),
};

export const accountSchema = z.object({ premiseId: z.uuid("Неверный идентификатор"), ...accountFields });
export type AccountInput = z.input<typeof accountSchema>;
export type AccountData = z.output<typeof accountSchema>;

export const accountUpdateSchema = z.object({ id: z.uuid("Неверный идентификатор"), ...accountFields });
export type AccountUpdateData = z.output<typeof accountUpdateSchema>;

export const setAccountArchivedSchema = z.object({ id: z.uuid("Неверный идентификатор"), archived: z.boolean() });

/** The account dialog's fields alone; the dialog adds premiseId (new account) or id (edit) when it saves. */
export const accountFormSchema = z.object(accountFields);
export type AccountFormInput = z.input<typeof accountFormSchema>;
