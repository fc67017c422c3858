import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { clients, organisations, pdConsents, personalAccounts, premiseClients, registrationRequests } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/core/errors";
import { verifyOtp } from "../otp/verify-otp";
import { RESIDENT_CONSENT_VERSION } from "./resident-consent-text";
import type { RegistrationData } from "./registration-schema";

async function findAccount(db: Db, orgId: string, number: string) {
  const [account] = await db
    .select({ id: personalAccounts.id, premiseId: personalAccounts.premiseId })
    .from(personalAccounts)
    .where(and(eq(personalAccounts.orgId, orgId), eq(personalAccounts.number, number), isNull(personalAccounts.archivedAt)));
  return account ?? null;
}

/** Refusals that do not need the SMS code, checked first so that the code is not spent on them. */
async function assertNewRequest(db: Db, data: RegistrationData, premiseId: string | null): Promise<void> {
  const [org] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, data.orgId));
  if (!org) throw new AppError("NOT_FOUND", "Организация не найдена", { orgId: ["Выберите организацию из списка"] });
  const [pending] = await db
    .select({ id: registrationRequests.id })
    .from(registrationRequests)
    .where(
      and(
        eq(registrationRequests.orgId, data.orgId),
        eq(registrationRequests.phone, data.phone),
        eq(registrationRequests.accountNumber, data.accountNumber),
        eq(registrationRequests.status, "pending"),
      ),
    );
  if (pending) throw new AppError("CONFLICT", "Заявка с этим лицевым счётом уже отправлена и ждёт рассмотрения");
  if (!premiseId) return;
  const [linked] = await db
    .select({ id: premiseClients.id })
    .from(premiseClients)
    .innerJoin(clients, eq(clients.id, premiseClients.clientId))
    .where(
      and(
        eq(premiseClients.premiseId, premiseId),
        isNull(premiseClients.removedAt),
        eq(clients.phone, data.phone),
        isNull(clients.archivedAt),
      ),
    );
  if (linked) throw new AppError("CONFLICT", "Этот номер уже подключён к помещению — войдите в кабинет по номеру телефона");
}

/**
 * A resident's self-registration (seed 003 §3): the phone is proven by the SMS code, the consent is recorded, and
 * the request waits for staff, who link the resident to the premise of the account number.
 */
export async function submitRegistration(
  db: Db,
  data: RegistrationData,
  { ip = null, now = new Date() }: { ip?: string | null; now?: Date } = {},
): Promise<{ id: string }> {
  const account = await findAccount(db, data.orgId, data.accountNumber);
  await assertNewRequest(db, data, account?.premiseId ?? null);
  await verifyOtp(db, { phone: data.phone, purpose: "registration", code: data.code }, now);
  return db.transaction(async (tx) => {
    await tx.insert(pdConsents).values({
      orgId: data.orgId,
      phone: data.phone,
      textVersion: RESIDENT_CONSENT_VERSION,
      channel: "cabinet",
      ip,
      givenAt: now,
    });
    const values = {
      orgId: data.orgId,
      accountNumber: data.accountNumber,
      lastName: data.lastName,
      firstName: data.firstName ?? null,
      middleName: data.middleName ?? null,
      phone: data.phone,
      accountId: account?.id ?? null,
      premiseId: account?.premiseId ?? null,
      consentVersion: RESIDENT_CONSENT_VERSION,
      consentIp: ip,
    };
    const [row] = await tx.insert(registrationRequests).values(values).returning({ id: registrationRequests.id });
    if (!row) throw new Error("registration request insert returned no row");
    await writeAudit(tx, { orgId: data.orgId, actor: { type: "system", name: `Житель ${data.phone}` }, ip }, {
      action: "registration_request.submitted",
      entityType: "registration_request",
      entityId: row.id,
      after: values,
    });
    return { id: row.id };
  });
}
