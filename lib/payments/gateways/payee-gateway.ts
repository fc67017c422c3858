import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { invoiceLines, invoices, paymentGateways, personalAccounts, tariffs } from "@/db/schema";
import { env } from "@/lib/core/env";
import { AppError } from "@/lib/core/errors";
import { paymentProviderLabels } from "../payment-vocabulary";
import { sealedSandboxSecret } from "./gateway-secrets";

export type Payee = { legalEntityId: string; bankAccountId: string | null };

/**
 * Whom the money is for: the legal entity and bank account of the chosen invoices' tariffs (the ЕПД's requisites),
 * else the accounts' own legal entity. Invoices of two payees cannot share one payment: each gateway pays one.
 */
export async function payeeOf(db: Db, orgId: string, accountIds: string[], invoiceIds: string[]): Promise<Payee> {
  const byTariff = invoiceIds.length
    ? await db
        .selectDistinct({ legalEntityId: tariffs.legalEntityId, bankAccountId: tariffs.bankAccountId })
        .from(invoiceLines)
        .innerJoin(invoices, eq(invoices.id, invoiceLines.invoiceId))
        .innerJoin(tariffs, eq(tariffs.id, invoiceLines.tariffId))
        .where(and(eq(invoiceLines.orgId, orgId), inArray(invoiceLines.invoiceId, invoiceIds)))
    : [];
  if (byTariff.length > 1) throw new AppError("CONFLICT", "Счета разных получателей оплачиваются отдельными платежами");
  if (byTariff[0]) return byTariff[0];
  const byAccount = await db
    .selectDistinct({ legalEntityId: personalAccounts.legalEntityId })
    .from(personalAccounts)
    .where(and(eq(personalAccounts.orgId, orgId), inArray(personalAccounts.id, accountIds)));
  const entities = [...new Set(byAccount.flatMap((a) => (a.legalEntityId ? [a.legalEntityId] : [])))];
  if (entities.length > 1) throw new AppError("CONFLICT", "Лицевые счета разных получателей оплачиваются отдельными платежами");
  if (entities[0]) return { legalEntityId: entities[0], bankAccountId: null };
  throw new AppError("CONFLICT", "Получатель платежа не указан: оплата онлайн недоступна. Обратитесь в управляющую организацию");
}

/** Embedded mode (no DATABASE_URL: a demo or a developer's machine) pays through the sandbox when nothing is set up. */
const embedded = () => env().DATABASE_URL === undefined;

/**
 * The active gateway of a payee: one for its bank account first, else one of the legal entity for any account. In
 * embedded mode an organisation that has set up none gets a sandbox gateway made on the spot, its signing key generated.
 */
export async function payeeGateway(db: Db, orgId: string, payee: Payee): Promise<typeof paymentGateways.$inferSelect> {
  const found = await activePayeeGateway(db, orgId, payee);
  if (found) return found;
  const [configured] = await db.select({ id: paymentGateways.id }).from(paymentGateways).where(and(eq(paymentGateways.orgId, orgId), isNull(paymentGateways.archivedAt))).limit(1);
  if (configured || !embedded()) throw new AppError("CONFLICT", "Онлайн-оплата для этого получателя не подключена. Обратитесь в управляющую организацию");
  const [made] = await db
    .insert(paymentGateways)
    .values({
      orgId,
      legalEntityId: payee.legalEntityId,
      bankAccountId: payee.bankAccountId,
      provider: "sandbox",
      name: paymentProviderLabels.sandbox,
      secretEncrypted: sealedSandboxSecret(),
    })
    .returning();
  return made!;
}

/** The payee's active gateway as payeeGateway picks it, without making one: the cabinet's saved cards are of it. */
export async function activePayeeGateway(db: Db, orgId: string, payee: Payee): Promise<typeof paymentGateways.$inferSelect | undefined> {
  const [found] = await db
    .select()
    .from(paymentGateways)
    .where(
      and(
        eq(paymentGateways.orgId, orgId),
        eq(paymentGateways.legalEntityId, payee.legalEntityId),
        eq(paymentGateways.isActive, true),
        isNull(paymentGateways.archivedAt),
        payee.bankAccountId ? or(eq(paymentGateways.bankAccountId, payee.bankAccountId), isNull(paymentGateways.bankAccountId)) : undefined,
      ),
    )
    .orderBy(sql`${paymentGateways.bankAccountId} is null`, asc(paymentGateways.createdAt))
    .limit(1);
  return found;
}
