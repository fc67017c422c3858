import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { legalEntities } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { assertInnFree, duplicateInnError, legalEntityNotFound } from "./legal-entity-errors";
import type { legalEntityUpdateSchema } from "./legal-entity-schema";

export async function updateLegalEntity(ctx: StaffContext, { id, ...data }: z.output<typeof legalEntityUpdateSchema>) {
  assertPermission(ctx, "settings.manage");
  const own = and(eq(legalEntities.id, id), eq(legalEntities.orgId, ctx.orgId));
  try {
    return await ctx.db.transaction(async (tx) => {
      const [before] = await tx.select().from(legalEntities).where(own).for("update");
      if (!before) throw legalEntityNotFound();
      await assertInnFree(tx, ctx.orgId, data.inn, id);
      const [after] = await tx.update(legalEntities).set(data).where(own).returning();
      await writeAudit(tx, ctx, { action: "legal_entity.updated", entityType: "legal_entity", entityId: id, before, after });
      return after ?? before;
    });
  } catch (error) {
    throw duplicateInnError(error, data.inn);
  }
}
