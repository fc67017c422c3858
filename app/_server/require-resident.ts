import { headers } from "next/headers";
import { auth } from "@/auth";
import { getDb } from "@/db/client";
import { AppError } from "@/lib/core/errors";
import { loadResidentContext } from "@/lib/residents/load-resident-context";
import type { ResidentContext } from "@/lib/residents/resident-context";
import { clientIp } from "@/lib/core/client-ip";

/**
 * Resolves the signed-in resident against the database. Only a session made by the "resident" provider carries
 * residentPhone, so a staff session never passes here (and a resident session has no employeeId for requireStaff).
 */
export async function requireResident(): Promise<ResidentContext> {
  const session = await auth();
  if (!session?.residentPhone) throw new AppError("UNAUTHENTICATED", "Войдите в кабинет жителя");
  return loadResidentContext(await getDb(), session.residentPhone, clientIp(await headers()));
}
