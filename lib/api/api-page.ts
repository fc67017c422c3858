import { z } from "zod";
import { AppError } from "@/lib/core/errors";

export const apiPageSchema = z.object({
  externalId: z.string().trim().min(1).max(100).optional(),
  page: z.coerce.number().int("page: целое число").min(1, "page: от 1").default(1),
  size: z.coerce.number().int("size: целое число").min(1, "size: от 1").max(500, "size: не больше 500").default(100),
});
export type ApiPage = z.output<typeof apiPageSchema>;
export type ApiList<T> = { items: T[]; total: number; page: number; size: number };

/** `?externalId=&page=&size=` of a GET list; a bad value is a 422, not a silent default. */
export function parseApiPage(url: string): ApiPage {
  const params = Object.fromEntries(new URL(url).searchParams);
  const result = apiPageSchema.safeParse(params);
  if (!result.success) throw new AppError("VALIDATION", result.error.issues.map((i) => i.message).join("; "));
  return result.data;
}
