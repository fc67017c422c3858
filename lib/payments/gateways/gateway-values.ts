import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bankAccounts, legalEntities, type paymentGateways } from "@/db/schema";
import { assertOwned } from "@/lib/core/assert-owned";
import { AppError } from "@/lib/core/errors";
import { encryptGatewaySecret } from "./gateway-secrets";
import type { GatewayFormInput } from "./gateway-schema";

/**
 * The columns a gateway form sets, checked against the organisation: its legal entity, a bank account of that
 * entity. The secret is sealed here; the sandbox's is generated, as staff have none to give.
 */
export async function gatewayValues(db: Db, orgId: string, input: GatewayFormInput, hasSecret: boolean): Promise<Partial<typeof paymentGateways.$inferInsert>> {
  await assertOwned(db, orgId, legalEntities, input.legalEntityId, "Юридическое лицо");
  if (input.bankAccountId) await assertOwned(db, orgId, bankAccounts, input.bankAccountId, "Банковский счёт", and(eq(bankAccounts.legalEntityId, input.legalEntityId)));
  const secret = input.provider === "sandbox" ? (hasSecret ? null : randomBytes(32).toString("base64url")) : input.secret;
  if (!secret && !hasSecret) throw new AppError("VALIDATION", "Проверьте поля", { secret: ["Укажите секретный ключ"] });
  return {
    legalEntityId: input.legalEntityId,
    bankAccountId: input.bankAccountId,
    provider: input.provider,
    name: input.name,
    accountKey: input.provider === "sandbox" ? null : input.accountKey,
    commissionPayer: input.commissionPayer,
    commissionBp: input.commissionPercent,
    commissionMinKopecks: input.commissionMin,
    isActive: input.isActive,
    ...(secret ? { secretEncrypted: encryptGatewaySecret(secret) } : {}),
  };
}

/** What the audit log keeps of a gateway: everything but the secret. */
export const auditedGateway = (v: Partial<typeof paymentGateways.$inferInsert>) => {
  const { secretEncrypted, ...rest } = v;
  return { ...rest, secretChanged: secretEncrypted !== undefined };
};
