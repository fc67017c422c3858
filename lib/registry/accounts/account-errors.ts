import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { legalEntities } from "@/db/schema";
import { isUniqueViolation } from "@/lib/core/errors";
import { AppError } from "@/lib/core/errors";

export const accountNotFound = () => new AppError("NOT_FOUND", "Лицевой счёт не найден");

/** Account numbers are unique among the organisation's active accounts (seed 002 §7). */
export function accountNumberTaken(number: string): AppError {
  const message = `Лицевой счёт № ${number} уже существует`;
  return new AppError("CONFLICT", message, { number: [message] });
}

export function accountSaveError(error: unknown, number: string): unknown {
  return isUniqueViolation(error, "personal_accounts_org_number_uq") ? accountNumberTaken(number) : error;
}

/** The account's legal entity must be an active one of the organisation. */
export async function assertLegalEntity(db: Db, orgId: string, legalEntityId: string | null): Promise<void> {
  if (!legalEntityId) return;
  const [row] = await db
    .select({ id: legalEntities.id })
    .from(legalEntities)
    .where(and(eq(legalEntities.id, legalEntityId), eq(legalEntities.orgId, orgId), isNull(legalEntities.archivedAt)));
  if (!row) throw new AppError("NOT_FOUND", "Юридическое лицо не найдено", { legalEntityId: ["Юридическое лицо не найдено"] });
}
