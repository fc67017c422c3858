import { z } from "zod";
import { externalIdSchema } from "@/lib/registry/clients/client-schema";

/**
 * What POST /api/v1/premises needs besides the premise fields of the staff form: the premise's own external id and
 * its building, by the building's external id or by its id in Domkom (required for a new premise; a stored premise
 * keeps its building when neither is sent).
 */
export const premiseRefSchema = z.object({
  externalId: externalIdSchema,
  buildingExternalId: externalIdSchema.optional(),
  buildingId: z.uuid("Неверный идентификатор объекта").optional(),
});
