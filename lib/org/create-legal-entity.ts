import { legalEntities } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { assertInnFree, duplicateInnError } from "./legal-entity-errors";
import type { LegalEntityData } from "./legal-entity-schema";

export async function createLegalEntity(ctx: StaffContext, data: LegalEntityData) {
  assertPermission(ctx, "settings.manage");
  try {
    return await ctx.db.transaction(async (tx) => {
      await assertInnFree(tx, ctx.orgId, data.inn);
      const [row] = await tx.insert(legalEntities).values({ ...data, orgId: ctx.orgId }).returning();
      if (!row) throw new Error("legal entity insert returned no row");
      await writeAudit(tx, ctx, { action: "legal_entity.created", entityType: "legal_entity", entityId: row.id, after: row });
      return row;
    });
  } catch (error) {
    throw duplicateInnError(error, data.inn);
  }
}
