import { eq } from "drizzle-orm";
import { registrationRequests } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { outboxOnlySmsGateway, sendSms, type SmsGateway } from "@/lib/notify/sms";
import type { DeclineRegistrationData } from "./decision-schema";
import { lockPendingRequest } from "./lock-pending-request";

/** Declines a request with a reason the resident is told by SMS; the request stays for the history. */
export async function declineRegistration(
  ctx: StaffContext,
  { id, reason }: DeclineRegistrationData,
  gateway: SmsGateway = outboxOnlySmsGateway,
) {
  assertPermission(ctx, "registry.clients.edit");
  const phone = await ctx.db.transaction(async (tx) => {
    const request = await lockPendingRequest(tx, ctx, id);
    const decision = { status: "declined" as const, declineReason: reason, decidedBy: ctx.actor.id ?? null, decidedAt: new Date() };
    await tx.update(registrationRequests).set(decision).where(eq(registrationRequests.id, id));
    await writeAudit(tx, ctx, {
      action: "registration_request.declined",
      entityType: "registration_request",
      entityId: id,
      before: { status: request.status },
      after: decision,
    });
    return request.phone;
  });
  await sendSms(ctx.db, gateway, {
    orgId: ctx.orgId,
    to: phone,
    text: `Домком: заявка на подключение к кабинету жителя отклонена. Причина: ${reason}`,
    template: "resident.registration.declined",
  });
}
