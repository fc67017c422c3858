import { z } from "zod";
import { externalIdSchema } from "@/lib/registry/clients/client-schema";

/**
 * What POST /api/v1/accounts needs besides the account fields of the staff form: the account's external id, its
 * premise by external id (required for a new account) and optionally its legal entity by ИНН.
 */
export const accountRefSchema = z.object({
  externalId: externalIdSchema,
  premiseExternalId: externalIdSchema.optional(),
  legalEntityInn: z
    .string()
    .max(20, "ИНН юрлица: 10 или 12 цифр")
    .trim()
    .regex(/^\d{10}(\d{2})?$/, "ИНН юрлица: 10 или 12 цифр")
    .nullish(),
});
