import type { Metadata } from "next";
import Link from "next/link";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { Button } from "@/components/ui/button";
import { legalEntityFiltersFrom } from "@/lib/org/legal-entity-filters";
import { listLegalEntities } from "@/lib/org/list-legal-entities";
import { parseListParams } from "@/lib/table/list-params";
import { LegalEntitiesTable } from "./legal-entities-table";

export const metadata: Metadata = { title: "Юридические лица" };

export default async function LegalEntitiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await staffPage("settings.view");
  const sp = await searchParams;
  const page = await listLegalEntities(ctx, parseListParams(sp), legalEntityFiltersFrom(sp));
  return (
    <>
      <PageHeader
        title="Юридические лица"
        description="Реквизиты и банковские счета, которые попадают в квитанции и счета за дополнительные услуги"
        actions={
          ctx.permissions.has("settings.manage") && (
            <Button asChild>
              <Link href="/crm/settings/legal-entities/new">Добавить юрлицо</Link>
            </Button>
          )
        }
      />
      <LegalEntitiesTable rows={page.rows} total={page.total} timezone={ctx.timezone} />
    </>
  );
}
