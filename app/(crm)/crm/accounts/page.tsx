import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { listDirectory } from "@/lib/org/building-directories";
import { legalEntityOptions } from "@/lib/org/legal-entity-options";
import { accountFiltersFrom } from "@/lib/registry/accounts/account-filters";
import { listAccounts } from "@/lib/registry/accounts/list-accounts";
import { buildingOptions } from "@/lib/registry/premises/building-options";
import { parseListParams } from "@/lib/table/list-params";
import { AccountsListTable } from "./accounts-list-table";

export const metadata: Metadata = { title: "Лицевые счета" };

export default async function AccountsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await staffPage("registry.premises.view");
  const sp = await searchParams;
  const [page, groups, buildings, legalEntities] = await Promise.all([
    listAccounts(ctx, parseListParams(sp), accountFiltersFrom(sp)),
    listDirectory(ctx, "group"),
    buildingOptions(ctx),
    legalEntityOptions(ctx),
  ]);
  return (
    <>
      <PageHeader title="Лицевые счета" description="Счета всех помещений: номер, ЕЛС, собственники и юридическое лицо. Счёт добавляют в карточке помещения" />
      <AccountsListTable
        rows={page.rows}
        total={page.total}
        showDebt={ctx.permissions.has("finance.invoices.view")}
        options={{ groups: groups.map((g) => ({ value: g.id, label: g.name })), buildings, legalEntities }}
      />
    </>
  );
}
