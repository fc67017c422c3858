import type { StaffContext } from "@/lib/core/context";
import { forbidden } from "@/lib/core/errors";
import { permissionLabel, type Permission } from "@/lib/core/permissions";

export function hasPermission(ctx: Pick<StaffContext, "permissions">, permission: Permission): boolean {
  return ctx.permissions.has(permission);
}

/** Services call this too, so that a rule holds even when a new entry point forgets to check. */
export function assertPermission(ctx: Pick<StaffContext, "permissions">, permission: Permission): void {
  if (!ctx.permissions.has(permission)) {
    throw forbidden(`Недостаточно прав: нужно разрешение «${permissionLabel(permission)}»`);
  }
}
