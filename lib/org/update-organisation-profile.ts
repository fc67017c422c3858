import { eq } from "drizzle-orm";
import { organisations } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import { isIpAllowed } from "@/lib/auth/ip-allowlist";
import type { StaffContext } from "@/lib/core/context";
import { AppError, notFound } from "@/lib/core/errors";
import type { OrganisationProfileData } from "./organisation-profile-schema";

/** Nobody may save an allow-list that would refuse their own next sign-in. */
function assertKeepsCallerIn(ctx: StaffContext, allowlist: readonly string[]) {
  if (isIpAllowed(ctx.ip, allowlist)) return;
  const message = ctx.ip
    ? `Ваш текущий IP-адрес ${ctx.ip} не входит в список — после сохранения вы не сможете войти. Добавьте его или оставьте список пустым`
    : "Не удалось определить ваш IP-адрес, поэтому список нельзя сохранить: вы можете потерять доступ. Оставьте список пустым";
  throw new AppError("VALIDATION", message, { staffIpAllowlist: [message] });
}

/** Saves the company profile (seed 003 §4); the ИНН is fixed at registration and is not part of it. */
export async function updateOrganisationProfile(ctx: StaffContext, data: OrganisationProfileData) {
  assertPermission(ctx, "settings.manage");
  assertKeepsCallerIn(ctx, data.staffIpAllowlist);
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(organisations).where(eq(organisations.id, ctx.orgId)).for("update");
    if (!before) throw notFound("Организация");
    const [after] = await tx.update(organisations).set(data).where(eq(organisations.id, ctx.orgId)).returning();
    await writeAudit(tx, ctx, { action: "organisation.updated", entityType: "organisation", entityId: ctx.orgId, before, after });
    return after ?? before;
  });
}
