import { headers } from "next/headers";
import { auth } from "@/auth";
import { getDb } from "@/db/client";
import { assertPermission } from "@/lib/access/assert-permission";
import { loadStaffContext } from "@/lib/access/load-staff-context";
import type { Permission } from "@/lib/access/permissions";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { clientIp } from "@/lib/core/client-ip";

/** Resolves the signed-in employee against the database and checks one permission (none: any employee). */
export async function requireStaff(permission: Permission | null): Promise<StaffContext> {
  const session = await auth();
  if (!session?.employeeId || session.sessionVersion === undefined) {
    throw new AppError("UNAUTHENTICATED", "Войдите в систему");
  }
  const ctx = await loadStaffContext(
    await getDb(),
    { employeeId: session.employeeId, sessionVersion: session.sessionVersion },
    clientIp(await headers()),
  );
  if (permission) assertPermission(ctx, permission);
  return ctx;
}
