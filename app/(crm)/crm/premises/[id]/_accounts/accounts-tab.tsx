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
      accounts={accounts}
      legalEntities={legalEntities}
      canEdit={ctx.permissions.has("registry.accounts.edit") && premise.archivedAt === null}
      canSeeLedger={ctx.permissions.has("finance.invoices.view")}
    />
  );
}
