import { inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { clients } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import { enforceRateLimit, limits } from "@/lib/core/rate-limit";
import { residentActor } from "../resident-context";
import { residentClientsForSignIn } from "./resident-clients-for-sign-in";
import { verifyOtp } from "./verify-otp";

/**
 * Checks the SMS code and records the sign-in on every active client row of the phone. Attempts per address are
 * limited before the phone is looked up, so «номер не найден» cannot be harvested here either.
 */
export async function signInResident(
  db: Db,
  { phone, code, ip }: { phone: string; code: string; ip?: string | null },
  now = new Date(),
): Promise<{ phone: string }> {
  await enforceRateLimit(db, limits.residentSignInIp, ip, now);
  const active = await residentClientsForSignIn(db, phone);
  await verifyOtp(db, { phone, purpose: "sign_in", code }, now);
  await db.transaction(async (tx) => {
    await tx
      .update(clients)
      .set({ firstLoginAt: sql`coalesce(${clients.firstLoginAt}, ${now.toISOString()}::timestamptz)`, lastSeenAt: now })
      .where(inArray(clients.id, active.map((c) => c.id)));
    for (const client of active) {
      await writeAudit(tx, { orgId: client.orgId, actor: residentActor(client, phone), ip }, {
        action: "resident.signed_in",
        entityType: "client",
        entityId: client.id,
      });
    }
  });
  return { phone };
}
