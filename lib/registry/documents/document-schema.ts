import { z } from "zod";
import { MAX_DOCUMENT_BYTES } from "@/lib/files/document-limits";

const documentFields = {
  title: z.string({ error: "Укажите название" }).trim().min(1, "Укажите название").max(200, "Название: не длиннее 200 символов"),
  description: z
    .string()
    .trim()
    .max(2000, "Описание: не длиннее 2000 символов")
    .nullish()
    .transform((v) => v || null),
  documentDate: z
    .union([z.iso.date("Неверная дата"), z.literal("")])
    .nullish()
    .transform((v) => v || null),
};

export const documentFileSchema = z
  .instanceof(File, { error: "Выберите файл" })
  .refine((file) => file.size > 0, "Файл пустой")
  .refine((file) => file.size <= MAX_DOCUMENT_BYTES, "Файл больше 20 МБ");

/** The upload form arrives as FormData (premiseId, title, description, documentDate, file). */
export const documentUploadSchema = z
  .instanceof(FormData, { error: "Отправьте форму с файлом" })
  .transform((form): Record<string, unknown> => ({
    premiseId: form.get("premiseId"),
    title: form.get("title"),
    description: form.get("description"),
    documentDate: form.get("documentDate"),
    file: form.get("file"),
  }))
  .pipe(z.object({ premiseId: z.uuid("Неверный идентификатор"), ...documentFields, file: documentFileSchema }));
export type DocumentUploadData = z.output<typeof documentUploadSchema>;

/** The fields of the upload form as the browser validates them before building the FormData. */
export const documentFormSchema = z.object(documentFields);
export type DocumentFormInput = z.input<typeof documentFormSchema>;

export const documentUpdateSchema = z.object({ id: z.uuid("Неверный идентификатор"), ...documentFields });
export type DocumentUpdateData = z.output<typeof documentUpdateSchema>;

export const documentIdSchema = z.object({ id: z.uuid("Неверный идентификатор") });
