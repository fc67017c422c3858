import { z } from "zod";
import { bankDetailsSchema } from "@/lib/validation/schemas";

/** What the account form edits. Bank details are checked together: both accounts' check digits depend on the БИК. */
export const bankAccountFormSchema = bankDetailsSchema.safeExtend({ isDefault: z.boolean() });
export type BankAccountInput = z.input<typeof bankAccountFormSchema>;

export const bankAccountCreateSchema = bankAccountFormSchema.safeExtend({ legalEntityId: z.uuid("Неверный идентификатор") });

/** An account stays with its legal entity; to move it, archive it and add it to the other one. */
export const bankAccountUpdateSchema = bankAccountFormSchema.safeExtend({ id: z.uuid("Неверный идентификатор") });
