import { z } from "zod";
import { externalIdSchema } from "./client-schema";

const note = z
  .string()
  .trim()
  .max(500, "Примечание: не длиннее 500 символов")
  .nullish()
  .transform((v) => v || null);

export const addClientExternalIdSchema = z.object({ clientId: z.uuid("Неверный идентификатор"), externalId: externalIdSchema, note });
export const updateClientExternalIdSchema = z.object({ id: z.uuid("Неверный идентификатор"), externalId: externalIdSchema, note });
export const removeClientExternalIdSchema = z.object({ id: z.uuid("Неверный идентификатор") });
export type ClientExternalIdInput = z.input<typeof updateClientExternalIdSchema>;
