import { z } from "zod";

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

/** The fields sent with a document (the file itself is streamed by the upload route). */
export const documentUploadSchema = z.object({ premiseId: z.uuid("Неверный идентификатор"), ...documentFields });
export type DocumentUploadData = z.output<typeof documentUploadSchema>;

/** The fields of the upload form as the browser validates them before building the FormData. */
export const documentFormSchema = z.object(documentFields);
export type DocumentFormInput = z.input<typeof documentFormSchema>;

export const documentUpdateSchema = z.object({ id: z.uuid("Неверный идентификатор"), ...documentFields });
export type DocumentUpdateData = z.output<typeof documentUpdateSchema>;

export const documentIdSchema = z.object({ id: z.uuid("Неверный идентификатор") });
