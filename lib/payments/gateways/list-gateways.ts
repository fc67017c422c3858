import { and, asc, eq, isNull } from "drizzle-orm";
import { bankAccounts, legalEntities, paymentGateways, type PaymentProvider } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";

export type GatewayRow = {
  id: string;
  provider: PaymentProvider;
  name: string;
  legalEntityId: string;
  legalEntityName: string;
  bankAccountId: string | null;
  bankAccountLabel: string | null;
  accountKey: string | null;
  /** Whether a secret is stored — the secret itself never leaves the server. */
  secretSet: boolean;
  commissionPayer: "payer" | "organisation";
  commissionBp: number;
  commissionMinKopecks: bigint;
  isActive: boolean;
};

/** «Платёжные шлюзы»: the organisation's gateways with their payee; secrets only as «задан». */
export async function listGateways(ctx: StaffContext): Promise<GatewayRow[]> {
  assertPermission(ctx, "settings.integrations");
  const rows = await ctx.db
    .select({ g: paymentGateways, entity: legalEntities.name, bank: bankAccounts.bankName, account: bankAccounts.settlementAccount })
    .from(paymentGateways)
    .innerJoin(legalEntities, eq(legalEntities.id, paymentGateways.legalEntityId))
    .leftJoin(bankAccounts, eq(bankAccounts.id, paymentGateways.bankAccountId))
    .where(and(eq(paymentGateways.orgId, ctx.orgId), isNull(paymentGateways.archivedAt)))
    .orderBy(asc(legalEntities.name), asc(paymentGateways.createdAt));
  return rows.map(({ g, entity, bank, account }) => ({
    id: g.id,
    provider: g.provider,
    name: g.name,
    legalEntityId: g.legalEntityId,
    legalEntityName: entity,
    bankAccountId: g.bankAccountId,
    bankAccountLabel: bank && account ? `${bank}, р/с …${account.slice(-4)}` : null,
    accountKey: g.accountKey,
    secretSet: g.secretEncrypted !== null,
    commissionPayer: g.commissionPayer,
    commissionBp: g.commissionBp,
    commissionMinKopecks: g.commissionMinKopecks,
    isActive: g.isActive,
  }));
}
