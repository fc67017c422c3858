import { forbidden, redirect } from "next/navigation";
import type { Permission } from "@/lib/access/permissions";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { requireStaff } from "./require-staff";

/** For server components: sends a signed-out visitor to /login and answers 403 to a missing permission. */
export async function staffPage(permission: Permission | null = null): Promise<StaffContext> {
  try {
    return await requireStaff(permission);
  } catch (error) {
    if (error instanceof AppError && error.code === "UNAUTHENTICATED") redirect("/login");
    if (error instanceof AppError && error.code === "FORBIDDEN") forbidden();
    throw error;
  }
}
