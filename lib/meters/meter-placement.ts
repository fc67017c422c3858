import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { personalAccounts } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { assertBuildingVisible } from "@/lib/org/building-scope";
import { findPremise } from "@/lib/registry/premises/find-premise";

export type Placement = { buildingId: string; premiseId: string | null; accountId: string | null };

/**
 * Where a meter goes: a premise of the organisation in the employee's scope (its building follows), or a building
 * for a common-house meter; the account, when given, must be one of that premise's open accounts.
 */
export async function resolvePlacement(
  db: Db,
  ctx: Pick<StaffContext, "orgId" | "buildingIds">,
  input: { premiseId: string | null; buildingId: string | null; accountId: string | null },
): Promise<Placement> {
  if (!input.premiseId) {
    if (!input.buildingId) throw new AppError("VALIDATION", "Прибор без помещения — только общедомовой: выберите объект", { premiseId: ["Выберите помещение"] });
    if (input.accountId) throw new AppError("VALIDATION", "Общедомовой прибор не привязывается к лицевому счёту", { accountId: ["Уберите лицевой счёт"] });
    await assertBuildingVisible(db, ctx, input.buildingId);
    return { buildingId: input.buildingId, premiseId: null, accountId: null };
  }
  const premise = await findPremise(db, ctx, input.premiseId, { active: true });
  if (input.buildingId && input.buildingId !== premise.buildingId) {
    throw new AppError("VALIDATION", "Помещение находится в другом объекте", { premiseId: ["Помещение находится в другом объекте"] });
  }
  if (input.accountId) await assertPremiseAccount(db, ctx.orgId, premise.id, input.accountId);
  return { buildingId: premise.buildingId, premiseId: premise.id, accountId: input.accountId };
}

export async function assertPremiseAccount(db: Db, orgId: string, premiseId: string, accountId: string) {
  const [account] = await db
    .select({ id: personalAccounts.id })
    .from(personalAccounts)
    .where(and(eq(personalAccounts.id, accountId), eq(personalAccounts.orgId, orgId), eq(personalAccounts.premiseId, premiseId), isNull(personalAccounts.archivedAt)));
  if (!account) throw new AppError("VALIDATION", "Лицевой счёт не найден у этого помещения", { accountId: ["Выберите лицевой счёт этого помещения"] });
}
