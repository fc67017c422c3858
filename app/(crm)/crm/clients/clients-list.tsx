import Link from "next/link";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { Button } from "@/components/ui/button";
import { clientFiltersFrom } from "@/lib/registry/clients/client-filters";
import { listClients } from "@/lib/registry/clients/list-clients";
import { parseListParams } from "@/lib/table/list-params";
import { clientFilterOptions } from "./client-filter-options";
import { ClientsTable } from "./clients-table";
import { ClientsTabs } from "./clients-tabs";

type SearchParams = Record<string, string | string[] | undefined>;

/** The «Клиенты» and «Неидентифицированные» tabs: the same table over a different part of the clients. */
export async function ClientsList({ searchParams, unidentified }: { searchParams: SearchParams; unidentified: boolean }) {
  const ctx = await staffPage("registry.clients.view");
  const [page, options] = await Promise.all([
    listClients(ctx, parseListParams(searchParams), clientFiltersFrom(searchParams, unidentified)),
    clientFilterOptions(ctx),
  ]);
  const canEdit = ctx.permissions.has("registry.clients.edit");
  return (
    <>
      <PageHeader
        title="Клиенты"
        description={unidentified ? "Клиенты, о которых известен только телефон: лиды и незавершённые регистрации" : "Собственники, жители, арендаторы и представители"}
        actions={
          canEdit && (
            <>
              {ctx.permissions.has("registry.premises.edit") && (
                <Button variant="outline" asChild>
                  <Link href="/crm/import">Импорт</Link>
                </Button>
              )}
              <Button asChild>
                <Link href="/crm/clients/new">Добавить</Link>
              </Button>
            </>
          )
        }
      />
      <ClientsTabs />
      <ClientsTable rows={page.rows} total={page.total} options={options} exportHref={unidentified ? "/crm/clients/unidentified/export" : "/crm/clients/export"}
        timezone={ctx.timezone}
        showDebt={ctx.permissions.has("finance.invoices.view")}
      />
    </>
  );
}
