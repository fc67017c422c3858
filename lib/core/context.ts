import type { Db } from "@/db/client";
import { allPermissions, type Permission } from "./permissions";

export type Actor =
  | { type: "employee"; id: string; name: string }
  | { type: "api"; id: string; name: string }
  | { type: "resident"; id: string; name: string }
  | { type: "system"; id?: undefined; name: string };

/** Everything a staff-side service needs: which organisation, who acts, and what they may touch. */
export type StaffContext = {
  db: Db;
  orgId: string;
  actor: Actor;
  permissions: ReadonlySet<Permission>;
  /** null: every building of the organisation; otherwise only these. */
  buildingIds: readonly string[] | null;
  timezone: string;
  ip?: string | null;
};

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
