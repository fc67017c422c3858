import { z } from "zod";
import { boundedString } from "@/lib/validation/bounded-string";
import { accountNumberSchema } from "@/lib/validation/premise-facts";
import { elsSchema, optionalText } from "@/lib/validation/schemas";

const optionalId = z
  .union([z.uuid("Неверный идентификатор"), z.literal("")])
  .nullish()
  .transform((v) => v || null);

/** A personal account as staff enter it (seed 002 §7). */
const accountFields = {
  legalEntityId: optionalId,
  number: boundedString(100, "Номер лицевого счёта", { error: "Укажите номер лицевого счёта" }).trim().pipe(accountNumberSchema),
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
