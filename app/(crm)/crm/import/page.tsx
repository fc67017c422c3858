import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { exchangeLogFiltersFrom } from "@/lib/exchange/exchange-log-view";
import { canImport, importKindLabels, importKinds } from "@/lib/exchange/import-kinds";
import { importInstructions } from "@/lib/exchange/instructions";
import { listExchangeLog } from "@/lib/exchange/list-exchange-log";
import { buildingOptions } from "@/lib/registry/premises/building-options";
import { parseListParams } from "@/lib/table/list-params";
import { ExchangeLogTable } from "./exchange-log-table";
import { ImportWizard } from "./import-wizard";

export const metadata: Metadata = { title: "Импорт" };

export default async function ImportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await staffPage("registry.premises.edit");
  const sp = await searchParams;
  const [log, buildings] = await Promise.all([listExchangeLog(ctx, parseListParams(sp), exchangeLogFiltersFrom(sp)), buildingOptions(ctx)]);
  const kinds = importKinds.filter((kind) => canImport(ctx, kind)).map((kind) => ({ value: kind, label: importKindLabels[kind], instructions: importInstructions[kind] }));
  return (
    <>
      <PageHeader title="Импорт" description="Помещения, лицевые счета, клиенты и задолженность из файлов Excel и CSV" />
      <ImportWizard kinds={kinds} buildings={buildings} />
      <section className="mt-10 space-y-3">
        <h2 className="text-lg font-semibold">Журнал загрузок</h2>
        <ExchangeLogTable rows={log.rows} total={log.total} timezone={ctx.timezone} />
      </section>
    </>
  );
}
