import { forbidden, notFound } from "next/navigation";
import { z } from "zod";
import { AppError } from "@/lib/core/errors";

/**
 * Loads the record a URL segment names. A malformed id and another organisation's record both answer a plain 404,
 * so ids of other organisations cannot be probed from the address bar; a record of the employee's own organisation
 * they may not open (a building outside their scope) answers the 403 page (see outOfScope).
 */
export async function recordOr404<T>(rawId: string, load: (id: string) => Promise<T>): Promise<T> {
  const id = z.uuid().safeParse(rawId);
  if (!id.success) notFound();
  try {
    return await load(id.data);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    if (error instanceof AppError && error.code === "FORBIDDEN") forbidden();
    throw error;
  }
}
