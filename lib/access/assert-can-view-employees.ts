import type { StaffContext } from "@/lib/core/context";
import { assertPermission, hasPermission } from "./assert-permission";

/** Managing staff includes seeing them, so a role granted only «manage» still opens the employee's card. */
export function assertCanViewEmployees(ctx: Pick<StaffContext, "permissions">): void {
  if (!hasPermission(ctx, "access.employees.manage")) assertPermission(ctx, "access.employees.view");
}
