import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { buildings } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";
import { assertBuildingVisible } from "./building-scope";

export const setBuildingArchivedSchema = z.object({ id: z.uuid("Неверный идентификатор"), archived: z.boolean() });

/** Buildings are archived, never deleted: invoices and history keep pointing at them. */
export async function setBuildingArchived(ctx: StaffContext, { id, archived }: z.output<typeof setBuildingArchivedSchema>) {
  assertPermission(ctx, "settings.manage");
  return ctx.db.transaction(async (tx) => {
    await assertBuildingVisible(tx, ctx, id);
    const [before] = await tx
      .select({ archivedAt: buildings.archivedAt })
      .from(buildings)
      .where(and(eq(buildings.id, id), eq(buildings.orgId, ctx.orgId)))
      .for("update");
    const [after] = await tx
      .update(buildings)
      .set({ archivedAt: archived ? new Date() : null })
      .where(and(eq(buildings.id, id), eq(buildings.orgId, ctx.orgId)))
      .returning();
    if (!after) throw notFound("Объект");
    await writeAudit(tx, ctx, {
      action: archived ? "building.archived" : "building.restored",
      entityType: "building",
      entityId: id,
      before: { archivedAt: before?.archivedAt ?? null },
      after: { archivedAt: after.archivedAt },
    });
    return after;
  });
}
