import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { hasPermission } from "@/lib/access/assert-permission";
import { apiKeyOptions, listApiRequests } from "@/lib/api/request-log";
import { exchangeLogFiltersFrom } from "@/lib/exchange/exchange-log-view";
import { canImport, importKindLabels, importKinds } from "@/lib/exchange/import-kinds";
import { importInstructions } from "@/lib/exchange/instructions";
import { listExchangeLog } from "@/lib/exchange/list-exchange-log";
import { buildingOptions } from "@/lib/registry/premises/building-options";
import { filterParam, parseListParams } from "@/lib/table/list-params";
import { cn } from "@/lib/utils";
import { ApiRequestLogTable } from "./api-request-log-table";
import { ExchangeLogTable } from "./exchange-log-table";
import { ImportWizard } from "./import-wizard";

export const metadata: Metadata = { title: "Импорт" };

type SearchParams = Record<string, string | string[] | undefined>;

/** «Журнал обмена»: file imports, or (?log=api) the REST API's requests per key; each keeps its filters in the URL. */
async function ExchangeJournal({ ctx, sp }: { ctx: Awaited<ReturnType<typeof staffPage>>; sp: SearchParams }) {
  const api = filterParam(sp, "log") === "api";
  const tabs = [
    { href: "/crm/import", label: "Файлы", active: !api },
    { href: "/crm/import?log=api", label: "Запросы API", active: api },
  ];
  let table: React.ReactNode;
  if (api) {
    const [requests, keys] = await Promise.all([listApiRequests(ctx, parseListParams(sp), { keyId: filterParam(sp, "key") }), apiKeyOptions(ctx)]);
    table = <ApiRequestLogTable rows={requests.rows} total={requests.total} keys={keys} timezone={ctx.timezone} />;
  } else {
    const log = await listExchangeLog(ctx, parseListParams(sp), exchangeLogFiltersFrom(sp));
    table = <ExchangeLogTable rows={log.rows} total={log.total} timezone={ctx.timezone} />;
  }
  return (
    <section className="mt-10 space-y-3">
      <h2 className="text-lg font-semibold">Журнал обмена</h2>
      <nav aria-label="Журнал обмена" className="flex gap-1 border-b">
        {tabs.map((tab) => (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={tab.active ? "page" : undefined}
            className={cn(
              "-mb-px border-b-2 px-3 py-2 text-sm text-muted-foreground hover:text-foreground",
              tab.active ? "border-primary font-medium text-foreground" : "border-transparent",
            )}
          >
            {tab.label}
          </Link>
        ))}
      </nav>
      {table}
    </section>
  );
}

export default async function ImportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // Each kind has its own permissions (readings need «внесение», not the registry's edit right): the page opens for
  // anyone who may load at least one, and offers only those; the services check the kind again.
  const ctx = await staffPage();
  const kinds = importKinds.filter((kind) => canImport(ctx, kind)).map((kind) => ({ value: kind, label: importKindLabels[kind], instructions: importInstructions[kind] }));
  if (!kinds.length) forbidden();
  const sp = await searchParams;
  const buildings = await buildingOptions(ctx);
  return (
    <>
      <PageHeader title="Импорт" description="Помещения, лицевые счета, клиенты, задолженность, приборы учёта, показания, счета и оборотно-сальдовые ведомости из файлов Excel и CSV" />
      <ImportWizard kinds={kinds} buildings={buildings} initialKind={kinds.find((k) => k.value === filterParam(sp, "kind"))?.value} />
      {hasPermission(ctx, "registry.premises.edit") && <ExchangeJournal ctx={ctx} sp={sp} />}
    </>
  );
}
