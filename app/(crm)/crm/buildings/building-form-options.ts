import type { StaffContext } from "@/lib/core/context";
import { listDirectory } from "@/lib/org/building-directories";
import { legalEntityOptions } from "@/lib/org/legal-entity-options";

export async function buildingFormOptions(ctx: StaffContext) {
  const [groups, quarters, legalEntities] = await Promise.all([
    listDirectory(ctx, "group"),
    listDirectory(ctx, "quarter"),
    legalEntityOptions(ctx),
  ]);
  const toOption = (r: { id: string; name: string }) => ({ value: r.id, label: r.name });
  return { groups: groups.map(toOption), quarters: quarters.map(toOption), legalEntities };
}
