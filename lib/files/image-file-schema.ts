import { z } from "zod";
import { imageTypes, MAX_IMAGE_BYTES } from "./image-types";

/** An uploaded image field of a FormData form (photo, logo), checked before anything is stored. */
export const imageFileSchema = z
  .instanceof(File, { error: "Выберите файл" })
  .refine((file) => Object.hasOwn(imageTypes, file.type), "Загрузите изображение PNG, JPEG или WebP")
  .refine((file) => file.size > 0, "Файл пустой")
  .refine((file) => file.size <= MAX_IMAGE_BYTES, "Файл больше 5 МБ");
