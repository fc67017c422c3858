import { z } from "zod";
import { externalIdSchema } from "@/lib/registry/clients/client-schema";

/**
 * What POST /api/v1/premises needs besides the premise fields of the staff form: the premise's own external id and
 * its building, by the building's external id or by its id in Domkom.
 */
export const premiseRefSchema = z
  .object({
    externalId: externalIdSchema,
    buildingExternalId: externalIdSchema.optional(),
    buildingId: z.uuid("Неверный идентификатор объекта").optional(),
  })
  .refine((r) => r.buildingExternalId || r.buildingId, { path: ["buildingExternalId"], message: "Укажите buildingExternalId или buildingId" });
