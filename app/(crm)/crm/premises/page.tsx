import type { Metadata } from "next";
import Link from "next/link";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { listDirectory } from "@/lib/org/building-directories";
import { clientNameOf } from "@/lib/registry/links/find-link";
import { buildingOptions } from "@/lib/registry/premises/building-options";
import { listPremises } from "@/lib/registry/premises/list-premises";
import { premiseFiltersFrom } from "@/lib/registry/premises/premise-filters";
import { listTags } from "@/lib/registry/tags/list-tags";
import { parseListParams } from "@/lib/table/list-params";
import { Button } from "@/components/ui/button";
import { AddPremiseDialog } from "./add-premise-dialog";
import { PremisesTable } from "./premises-table";

export const metadata: Metadata = { title: "Помещения" };

const toOption = (r: { id: string; name: string }) => ({ value: r.id, label: r.name });

export default async function PremisesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await staffPage("registry.premises.view");
  const sp = await searchParams;
  const filters = premiseFiltersFrom(sp);
  const [page, groups, quarters, buildings, tags, clientName] = await Promise.all([
    listPremises(ctx, parseListParams(sp), filters),
    listDirectory(ctx, "group"),
    listDirectory(ctx, "quarter"),
    buildingOptions(ctx),
    listTags(ctx),
    filters.clientId ? clientNameOf(ctx.db, ctx.orgId, filters.clientId) : undefined,
  ]);
  return (
    <>
      <PageHeader
        title="Помещения"
        description="Квартиры, машиноместа, кладовые и другие помещения в объектах организации"
        actions={
          ctx.permissions.has("registry.premises.edit") && (
            <>
              <Button variant="outline" asChild>
                <Link href="/crm/import">Импорт</Link>
              </Button>
              <AddPremiseDialog buildings={buildings} />
            </>
          )
        }
      />
      <PremisesTable
        rows={page.rows}
        total={page.total}
        clientName={clientName}
        showDebt={ctx.permissions.has("finance.invoices.view")}
        options={{ groups: groups.map(toOption), quarters: quarters.map(toOption), buildings, tags: tags.map(toOption) }}
      />
    </>
  );
}
