import { and, count, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import { buildings, legalEntities } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { legalEntityNotFound } from "./legal-entity-errors";
import type { setArchivedSchema } from "./legal-entity-schema";
import { quoted } from "@/lib/core/russian-text";

/**
 * Legal entities are archived, never deleted: invoices keep their details. One still serving active buildings
 * stays, so no building is left without the entity its receipts are issued by.
 */
export async function setLegalEntityArchived(ctx: StaffContext, { id, archived }: z.output<typeof setArchivedSchema>) {
  assertPermission(ctx, "settings.manage");
  const own = and(eq(legalEntities.id, id), eq(legalEntities.orgId, ctx.orgId));
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(legalEntities).where(own).for("update");
    if (!before) throw legalEntityNotFound();
    if (archived) {
      const [used] = await tx
        .select({ n: count() })
        .from(buildings)
        .where(and(eq(buildings.orgId, ctx.orgId), eq(buildings.legalEntityId, id), isNull(buildings.archivedAt)));
      if (used && used.n > 0) {
        throw new AppError("CONFLICT", `${quoted(before.name)} обслуживает объекты (${used.n}); сначала выберите для них другое юридическое лицо`);
      }
    }
    const [after] = await tx.update(legalEntities).set({ archivedAt: archived ? new Date() : null }).where(own).returning();
    await writeAudit(tx, ctx, {
      action: archived ? "legal_entity.archived" : "legal_entity.restored",
      entityType: "legal_entity",
      entityId: id,
      before: { archivedAt: before.archivedAt },
      after: { archivedAt: after?.archivedAt ?? null },
    });
    return after ?? before;
  });
}
