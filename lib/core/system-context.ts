import type { Db } from "@/db/client";
import { allPermissions } from "@/lib/access/permissions";
import type { StaffContext } from "./context";

/** A context for work the system does itself (seeding, scheduled jobs): every permission, every building. */
export function systemContext(db: Db, orgId: string, name: string): StaffContext {
  return {
    db,
    orgId,
    actor: { type: "system", name },
    permissions: new Set(allPermissions),
    buildingIds: null,
    timezone: "Europe/Moscow",
  };
}
