import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { legalEntities } from "@/db/schema";
import { isUniqueViolation } from "@/lib/core/errors";
import { AppError } from "@/lib/core/errors";

export const legalEntityNotFound = () => new AppError("NOT_FOUND", "Юридическое лицо не найдено");
export const bankAccountNotFound = () => new AppError("NOT_FOUND", "Банковский счёт не найден");

const innTaken = (inn: string, archived = false) =>
  new AppError("CONFLICT", `Юридическое лицо с ИНН ${inn} уже есть в организации${archived ? " (в архиве — верните его оттуда)" : ""}`, {
    inn: ["Юридическое лицо с таким ИНН уже добавлено"],
  });

/** ИНН is unique within an organisation; archived entities count too, since they can be restored. */
export async function assertInnFree(tx: Db, orgId: string, inn: string, exceptId?: string): Promise<void> {
  const [taken] = await tx
    .select({ archivedAt: legalEntities.archivedAt })
    .from(legalEntities)
    .where(and(eq(legalEntities.orgId, orgId), eq(legalEntities.inn, inn), exceptId ? ne(legalEntities.id, exceptId) : undefined))
    .limit(1);
  if (taken) throw innTaken(inn, taken.archivedAt !== null);
}

/** A concurrent insert that slipped past assertInnFree still gets the same message from the unique index. */
export function duplicateInnError(error: unknown, inn: string): unknown {
  return isUniqueViolation(error, "legal_entities_org_inn_uq") ? innTaken(inn) : error;
}
