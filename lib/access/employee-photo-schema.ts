import { z } from "zod";
import { imageFileSchema } from "@/lib/files/image-file-schema";

/** The photo form arrives as FormData (`id`, `photo`); the file is checked before anything is stored. */
export const employeePhotoSchema = z
  .instanceof(FormData, { error: "Отправьте форму с файлом" })
  .transform((form) => ({ id: form.get("id"), photo: form.get("photo") }))
  .pipe(
    z.object({
      id: z.uuid("Неверный идентификатор"),
      photo: imageFileSchema,
    }),
  );
export type EmployeePhotoData = z.output<typeof employeePhotoSchema>;
