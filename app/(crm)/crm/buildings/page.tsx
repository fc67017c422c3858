import type { Metadata } from "next";
import Link from "next/link";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { Button } from "@/components/ui/button";
import { listDirectory } from "@/lib/org/building-directories";
import { buildingFiltersFrom } from "@/lib/org/building-filters";
import { listBuildings } from "@/lib/org/list-buildings";
import { parseListParams } from "@/lib/table/list-params";
import { BuildingsTable } from "./buildings-table";

export const metadata: Metadata = { title: "Объекты" };

export default async function BuildingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await staffPage();
  const sp = await searchParams;
  const [page, groups, quarters] = await Promise.all([
    listBuildings(ctx, parseListParams(sp), buildingFiltersFrom(sp)),
    listDirectory(ctx, "group"),
    listDirectory(ctx, "quarter"),
  ]);
  const canEdit = ctx.permissions.has("settings.manage");
  return (
    <>
      <PageHeader
        title="Объекты"
        description="Многоквартирные и жилые дома, которыми управляет организация"
        actions={
          canEdit && (
            <Button asChild>
              <Link href="/crm/buildings/new">Добавить объект</Link>
            </Button>
          )
        }
      />
      <BuildingsTable
        rows={page.rows}
        total={page.total}
        groups={groups.map((g) => ({ value: g.id, label: g.name }))}
        quarters={quarters.map((q) => ({ value: q.id, label: q.name }))}
        timezone={ctx.timezone}
      />
    </>
  );
}
