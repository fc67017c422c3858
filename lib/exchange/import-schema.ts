import { z } from "zod";
import { importKinds } from "./import-kinds";
import { importLimitMessages, importLimits } from "./import-limits";

// Server actions receive the upload form as FormData; everything else (tests, scripts) may pass a plain object.
const fromFormData = (input: unknown) => (input instanceof FormData ? Object.fromEntries(input) : input);

export const importUploadSchema = z.preprocess(
  fromFormData,
  z.object({
    kind: z.enum(importKinds, "Выберите, что загружаете"),
    file: z.file("Выберите файл").min(1, "Файл пустой").max(importLimits.fileBytes, importLimitMessages.fileBytes),
    buildingId: z
      .union([z.uuid("Неверный идентификатор объекта"), z.literal("")])
      .optional()
      .transform((v) => v || null),
  }),
);
export type ImportUpload = z.output<typeof importUploadSchema>;

export const importCommitSchema = z.object({ importId: z.uuid("Неверный идентификатор проверки") });
export type ImportCommit = z.output<typeof importCommitSchema>;
