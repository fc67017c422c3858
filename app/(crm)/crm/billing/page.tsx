import type { Metadata } from "next";
import Link from "next/link";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { billingRunStatusLabels } from "@/lib/billing/billing-vocabulary";
import { listBillingRuns } from "@/lib/billing/run/list-billing-runs";
import { formatDateTime, todayIn } from "@/lib/core/date-time";
import { periodLabel } from "@/lib/meters/collection-window";
import { buildingOptions } from "@/lib/registry/premises/building-options";
import { RefreshWhile } from "../exports/[id]/refresh-while";
import { StartRunForm } from "./start-run-form";

export const metadata: Metadata = { title: "Начисления" };

const progress = (done: number, total: number) => (total ? `${done.toLocaleString("ru-RU")} из ${total.toLocaleString("ru-RU")} ЛС` : "—");

/** «Финансы → Начисления»: start a run for a month and buildings, and the runs so far with their progress. */
export default async function BillingRunsPage() {
  const ctx = await staffPage("finance.billing.run");
  const [runs, buildings] = await Promise.all([listBillingRuns(ctx), buildingOptions(ctx)]);
  const today = todayIn(ctx.timezone);
  const active = runs.some((r) => r.status === "queued" || r.status === "running" || r.status === "issuing");
  return (
    <>
      <PageHeader title="Начисления" description="Черновики счетов за месяц по тарифам, показаниям, долгу и пеням; проверьте итоги и выставьте все счета сразу" />
      <RefreshWhile active={active} />
      <section className="mb-8 max-w-3xl rounded-md border p-4">
        <h2 className="mb-3 text-lg font-semibold">Новый расчёт</h2>
        <StartRunForm buildings={buildings} month={Number(today.slice(5, 7))} year={Number(today.slice(0, 4))} />
      </section>
      <h2 className="mb-3 text-lg font-semibold">Расчёты</h2>
      {runs.length === 0 ? (
        <p className="text-sm text-muted-foreground">Расчётов ещё не было.</p>
      ) : (
        <div className="rounded-md border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Период</TableHead>
                <TableHead>Дома</TableHead>
                <TableHead>Статус</TableHead>
                <TableHead>Ход расчёта</TableHead>
                <TableHead>Кто запустил</TableHead>
                <TableHead>Когда</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {runs.map((run) => (
                <TableRow key={run.id}>
                  <TableCell>
                    <Link href={`/crm/billing/${run.id}`} className="font-medium underline-offset-4 hover:underline">
                      {periodLabel(run.period)}
                    </Link>
                  </TableCell>
                  <TableCell className="max-w-md whitespace-normal">{run.addresses.length > 2 ? `${run.addresses.slice(0, 2).join("; ")} и ещё ${run.addresses.length - 2}` : run.addresses.join("; ")}</TableCell>
                  <TableCell>{billingRunStatusLabels[run.status]}</TableCell>
                  <TableCell>{run.status === "issued" ? `выставлено ${run.issuedInvoices.toLocaleString("ru-RU")} сч.` : progress(run.processedAccounts, run.totalAccounts)}</TableCell>
                  <TableCell>{run.createdByName ?? "Система"}</TableCell>
                  <TableCell>{formatDateTime(run.createdAt, ctx.timezone)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
