import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { personalAccounts, premiseClients, registrationRequests } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { outboxOnlySmsGateway, sendSms, type SmsGateway } from "@/lib/notify/sms";
import { linkClient } from "@/lib/registry/links/link-client";
import { linkSchema } from "@/lib/registry/links/link-schema";
import { findPremise } from "@/lib/registry/premises/find-premise";
import type { ApproveRegistrationData } from "./decision-schema";
import { lockPendingRequest } from "./lock-pending-request";
import { registrantClient } from "./registrant-client";
import { registrationBasis } from "./registration-basis";

/** The request's premise; an account created after the request was sent is looked up again (seed 002 §15). */
async function requestPremiseId(tx: Db, orgId: string, request: { premiseId: string | null; accountNumber: string }): Promise<string> {
  if (request.premiseId) return request.premiseId;
  const [account] = await tx
    .select({ premiseId: personalAccounts.premiseId })
    .from(personalAccounts)
    .where(and(eq(personalAccounts.orgId, orgId), eq(personalAccounts.number, request.accountNumber), isNull(personalAccounts.archivedAt)));
  if (!account) {
    throw new AppError("VALIDATION", `Лицевой счёт № ${request.accountNumber} не найден. Добавьте его помещению и одобрите заявку снова`);
  }
  return account.premiseId;
}

async function currentLink(tx: Db, premiseId: string, clientId: string) {
  const [link] = await tx
    .select({ basis: premiseClients.basis })
    .from(premiseClients)
    .where(and(eq(premiseClients.premiseId, premiseId), eq(premiseClients.clientId, clientId), isNull(premiseClients.removedAt)));
  return link ?? null;
}

/**
 * Approves a resident's self-registration: finds or creates the client by phone and links them to the account's
 * premise — as owner when the surname matches an owner there (or there is none), else as unconfirmed owner.
 */
export async function approveRegistration(
  ctx: StaffContext,
  { id, keepOnIntegration }: ApproveRegistrationData,
  gateway: SmsGateway = outboxOnlySmsGateway,
) {
  assertPermission(ctx, "registry.clients.edit");
  const result = await ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const request = await lockPendingRequest(tx, ctx, id);
    const premiseId = await requestPremiseId(tx, ctx.orgId, request);
    await findPremise(tx, ctx, premiseId, { active: true });
    const clientId = await registrantClient(txCtx, request);
    const existing = await currentLink(tx, premiseId, clientId);
    const basis = existing?.basis ?? (await registrationBasis(tx, { orgId: ctx.orgId, premiseId, lastName: request.lastName }));
    if (!existing) await linkClient(txCtx, linkSchema.parse({ premiseId, clientId, basis, keepOnIntegration }));
    const decision = { status: "approved" as const, premiseId, clientId, decidedBy: ctx.actor.id ?? null, decidedAt: new Date() };
    await tx.update(registrationRequests).set(decision).where(eq(registrationRequests.id, id));
    await writeAudit(tx, ctx, {
      action: "registration_request.approved",
      entityType: "registration_request",
      entityId: id,
      before: { status: request.status },
      after: { ...decision, basis },
    });
    return { phone: request.phone, premiseId, clientId, basis };
  });
  await sendSms(ctx.db, gateway, {
    orgId: ctx.orgId,
    to: result.phone,
    text: "Домком: заявка одобрена. Войдите в кабинет жителя по номеру телефона.",
    template: "resident.registration.approved",
  });
  return result;
}
