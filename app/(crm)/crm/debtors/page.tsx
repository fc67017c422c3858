import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { listDirectory } from "@/lib/org/building-directories";
import { debtorViewRow } from "@/lib/payments/debtors/debtor-export-columns";
import { debtorFiltersFrom } from "@/lib/payments/debtors/debtor-filters";
import { listDebtors } from "@/lib/payments/debtors/list-debtors";
import { buildingOptions } from "@/lib/registry/premises/building-options";
import { parseListParams } from "@/lib/table/list-params";
import { DebtReminderDialog } from "./debt-reminder-dialog";
import { DebtorsTable } from "./debtors-table";

export const metadata: Metadata = { title: "Должники" };

const toOption = (r: { id: string; name: string }) => ({ value: r.id, label: r.name });

export default async function DebtorsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await staffPage("finance.debtors.view");
  const sp = await searchParams;
  const filters = debtorFiltersFrom(sp);
  const [page, groups, quarters, buildings] = await Promise.all([
    listDebtors(ctx, parseListParams(sp), filters),
    listDirectory(ctx, "group"),
    listDirectory(ctx, "quarter"),
    buildingOptions(ctx),
  ]);
  return (
    <>
      <PageHeader title="Должники" description="Лицевые счета с долгом — по его сумме, самый большой сверху" />
      <DebtorsTable
        rows={page.rows.map(debtorViewRow)}
        total={page.total}
        options={{ groups: groups.map(toOption), quarters: quarters.map(toOption), buildings }}
        byType={Boolean(filters.invoiceType)}
        actions={<DebtReminderDialog />}
      />
    </>
  );
}
