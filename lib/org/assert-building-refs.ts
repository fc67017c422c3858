import type { Db } from "@/db/client";
import { buildingGroups, legalEntities, quarters } from "@/db/schema";
import { assertOwned } from "@/lib/core/assert-owned";
import type { BuildingData } from "./building-schema";

/** Group, quarter and legal entity of a building must be the organisation's own. */
export async function assertBuildingRefs(db: Db, orgId: string, data: BuildingData): Promise<void> {
  if (data.groupId) await assertOwned(db, orgId, buildingGroups, data.groupId, "Группа объектов");
  if (data.quarterId) await assertOwned(db, orgId, quarters, data.quarterId, "Квартал");
  if (data.legalEntityId) await assertOwned(db, orgId, legalEntities, data.legalEntityId, "Юридическое лицо");
}
