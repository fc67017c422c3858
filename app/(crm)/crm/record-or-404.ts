import { notFound } from "next/navigation";
import { z } from "zod";
import { AppError } from "@/lib/core/errors";

/**
 * Loads the record a URL segment names. A malformed id and another organisation's record both answer a plain 404,
 * so ids of other organisations cannot be probed from the address bar.
 */
export async function recordOr404<T>(rawId: string, load: (id: string) => Promise<T>): Promise<T> {
  const id = z.uuid().safeParse(rawId);
  if (!id.success) notFound();
  try {
    return await load(id.data);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
