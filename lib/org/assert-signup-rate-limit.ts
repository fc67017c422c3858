import { and, count, eq, gt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog } from "@/db/schema";
import { AppError } from "@/lib/core/errors";

export const SIGNUPS_PER_IP_PER_HOUR = 5;

/**
 * Refuses a sign-up from an address that registered SIGNUPS_PER_IP_PER_HOUR organisations within the last hour:
 * each sign-up emails a password and creates an organisation, so a script must not flood either. The audit log
 * already records every registration with its address, so it is the counter.
 */
export async function assertSignupRateLimit(db: Db, ip: string | null | undefined, now = new Date()): Promise<void> {
  if (!ip) return;
  const since = new Date(now.getTime() - 60 * 60_000);
  const [row] = await db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.action, "organisation.registered"), eq(auditLog.ip, ip), gt(auditLog.createdAt, since)));
  if ((row?.n ?? 0) >= SIGNUPS_PER_IP_PER_HOUR) {
    throw new AppError("RATE_LIMITED", "Слишком много регистраций с этого адреса, попробуйте позже");
  }
}
