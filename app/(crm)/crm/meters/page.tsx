import type { Metadata } from "next";
import Link from "next/link";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { Button } from "@/components/ui/button";
import { listMeters } from "@/lib/meters/list-meters";
import { meterViewRow } from "@/lib/meters/meter-export-columns";
import { meterFiltersFrom } from "@/lib/meters/meter-filters";
import { buildingOptions } from "@/lib/registry/premises/building-options";
import { parseListParams } from "@/lib/table/list-params";
import { MetersTable } from "./meters-table";

export const metadata: Metadata = { title: "Приборы учёта" };

export default async function MetersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await staffPage("finance.readings.view");
  const sp = await searchParams;
  const [page, buildings] = await Promise.all([listMeters(ctx, parseListParams(sp), meterFiltersFrom(sp)), buildingOptions(ctx)]);
  return (
    <>
      <PageHeader
        title="Приборы учёта"
        description="Индивидуальные приборы помещений и общедомовые приборы объектов: поверка, статус, последние показания"
        actions={
          ctx.permissions.has("finance.meters.edit") && (
            <Button asChild>
              <Link href="/crm/meters/new">Добавить прибор</Link>
            </Button>
          )
        }
      />
      <MetersTable rows={page.rows.map((r) => meterViewRow(r, ctx.timezone))} total={page.total} buildings={buildings} />
    </>
  );
}
