import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { invoiceViewRow } from "@/lib/billing/invoices/invoice-export-columns";
import { invoiceFiltersFrom } from "@/lib/billing/invoices/invoice-filters";
import { listInvoices } from "@/lib/billing/invoices/list-invoices";
import { listDirectory } from "@/lib/org/building-directories";
import { buildingOptions } from "@/lib/registry/premises/building-options";
import { parseListParams } from "@/lib/table/list-params";
import { InvoicesTable } from "./invoices-table";
import { NewInvoiceDialog } from "./new-invoice-dialog";

export const metadata: Metadata = { title: "Счета" };

const toOption = (r: { id: string; name: string }) => ({ value: r.id, label: r.name });

export default async function InvoicesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await staffPage("finance.invoices.view");
  const sp = await searchParams;
  const filters = invoiceFiltersFrom(sp);
  const [page, groups, quarters, buildings] = await Promise.all([
    listInvoices(ctx, parseListParams(sp), filters),
    listDirectory(ctx, "group"),
    listDirectory(ctx, "quarter"),
    buildingOptions(ctx),
  ]);
  return (
    <>
      <PageHeader
        title="Счета"
        description="Счета лицевых счетов по типам и периодам: черновики, выставленные и аннулированные"
        actions={ctx.permissions.has("finance.invoices.edit") && <NewInvoiceDialog buildings={buildings} />}
      />
      <InvoicesTable
        rows={page.rows.map((r) => invoiceViewRow(r, ctx.timezone))}
        total={page.total}
        options={{ groups: groups.map(toOption), quarters: quarters.map(toOption), buildings }}
        linked={{ premise: Boolean(filters.premiseId), account: Boolean(filters.accountId) }}
      />
    </>
  );
}
