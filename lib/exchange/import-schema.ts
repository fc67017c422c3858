import { z } from "zod";
import { periodSchema } from "@/lib/meters/meter-schema";
import type { UploadBody } from "@/lib/storage/storage";
import { importKinds } from "./import-kinds";

/** The fields sent with an import file (the file itself is streamed by the upload route). */
export const importFieldsSchema = z.object({
  kind: z.enum(importKinds, "Выберите, что загружаете"),
  buildingId: z
    .union([z.uuid("Неверный идентификатор объекта"), z.literal("")])
    .optional()
    .transform((v) => v || null),
  /** «Показания за период»: the month every row counts in, unless the file has a «Период» column. */
  period: z
    .union([periodSchema, z.literal("")])
    .optional()
    .transform((v) => v || null),
  /** Invoices from a template: «Выставить сразу» (the default) or only drafts ("0"). */
  issue: z
    .enum(["0", "1", ""], "Неверное значение «Выставить сразу»")
    .optional()
    .transform((v) => v !== "0"),
});
export type ImportFields = z.output<typeof importFieldsSchema>;

/** A file to check: any body that can be read more than once (a File, or an upload kept in storage). */
export type ImportUpload = Omit<ImportFields, "period" | "issue"> & { period?: string | null; issue?: boolean; file: UploadBody };

export const importCommitSchema = z.object({ importId: z.uuid("Неверный идентификатор проверки") });
export type ImportCommit = z.output<typeof importCommitSchema>;
