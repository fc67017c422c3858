import { balanceLabel } from "@/lib/billing/ledger/get-account-balance";
import type { StaffContext } from "@/lib/core/context";
import { legalEntityOptions } from "@/lib/org/legal-entity-options";
import { listPremiseAccounts } from "@/lib/registry/accounts/list-premise-accounts";
import type { PremiseCard } from "@/lib/registry/premises/get-premise";
import { AccountsTable } from "./accounts-table";

export async function AccountsTab({ ctx, premise }: { ctx: StaffContext; premise: PremiseCard }) {
  const [accounts, legalEntities] = await Promise.all([listPremiseAccounts(ctx, premise.id), legalEntityOptions(ctx)]);
  return (
    <AccountsTable
      premiseId={premise.id}
      accounts={accounts.map((a) => ({ ...a, balance: a.debtKopecks === null ? null : balanceLabel(a.debtKopecks) }))}
      legalEntities={legalEntities}
      canEdit={ctx.permissions.has("registry.accounts.edit") && premise.archivedAt === null}
    />
  );
}
