import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { employees } from "@/db/schema";
import { AppError } from "@/lib/core/errors";

const MESSAGE = "Этот email уже используется";

export const emailTaken = () => new AppError("CONFLICT", MESSAGE, { email: [MESSAGE] });

/**
 * Staff sign in by email, so an address belongs to one employee across all organisations. Checked up front for a
 * clear message; the unique index still decides a race (callers map its violation with emailTaken()).
 */
export async function assertEmailFree(db: Db, email: string, exceptEmployeeId?: string): Promise<void> {
  const rows = await db
    .select({ id: employees.id })
    .from(employees)
    .where(and(eq(employees.email, email), exceptEmployeeId ? ne(employees.id, exceptEmployeeId) : undefined))
    .limit(1);
  if (rows.length) throw emailTaken();
}
