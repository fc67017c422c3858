import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { auditActionLabel } from "@/lib/audit/audit-labels";
import { todayIn } from "@/lib/core/date-time";
import { journalActions, journalFiltersFrom } from "@/lib/meters/journal/journal-filters";
import { journalViewRow } from "@/lib/meters/journal/journal-view-row";
import { listMeterJournal } from "@/lib/meters/journal/list-meter-journal";
import { readingSources, sourceLabels } from "@/lib/meters/meter-vocabulary";
import { buildingOptions } from "@/lib/registry/premises/building-options";
import { parseListParams } from "@/lib/table/list-params";
import { JournalTable } from "./journal-table";

export const metadata: Metadata = { title: "История показаний" };

export default async function MeterJournalPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await staffPage("finance.readings.view");
  const sp = await searchParams;
  const [page, buildings] = await Promise.all([listMeterJournal(ctx, parseListParams(sp), journalFiltersFrom(sp)), buildingOptions(ctx)]);
  const year = Number(todayIn(ctx.timezone).slice(0, 4));
  return (
    <>
      <PageHeader
        title="История показаний"
        description="Все действия с приборами учёта и показаниями: кто, когда, что было и что стало. Время — по вашему часовому поясу; месяц и год — когда действие совершено"
      />
      <JournalTable
        rows={page.rows.map((r) => journalViewRow(r, ctx.timezone))}
        total={page.total}
        thisMonth={todayIn(ctx.timezone).slice(0, 7)}
        options={{
          buildings,
          sources: readingSources.map((s) => ({ value: s, label: sourceLabels[s] })),
          actions: journalActions.map((a) => ({ value: a, label: auditActionLabel(a) })),
          years: [0, 1, 2, 3, 4].map((i) => ({ value: String(year - i), label: String(year - i) })),
        }}
      />
    </>
  );
}
