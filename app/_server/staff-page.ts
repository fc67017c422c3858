import { forbidden, redirect } from "next/navigation";
import type { StaffContext } from "@/lib/core/context";
import type { Permission } from "@/lib/core/permissions";
import { entry, requirePermission, signedInStaff } from "./entry";

/** For server components: sends a signed-out visitor to /login and answers 403 to a missing permission. */
export function staffPage(permission: Permission | null = null): Promise<StaffContext> {
  return entry
    .use(signedInStaff)
    .use(requirePermission(permission))
    .page({ UNAUTHENTICATED: () => redirect("/login"), FORBIDDEN: () => forbidden() });
}
