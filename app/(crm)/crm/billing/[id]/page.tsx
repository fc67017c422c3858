import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { billingRunStatusLabels } from "@/lib/billing/billing-vocabulary";
import { getBillingRun } from "@/lib/billing/run/get-billing-run";
import type { BillingRunSummary, SkipReason } from "@/lib/billing/run/summarise-billing-run";
import { formatDateTime } from "@/lib/core/date-time";
import { formatRoubles } from "@/lib/exchange/decimal";
import { periodLabel } from "@/lib/meters/collection-window";
import { RefreshWhile } from "../../exports/[id]/refresh-while";
import { recordOr404 } from "../../record-or-404";
import { RunActions } from "./run-actions";

export const metadata: Metadata = { title: "Расчёт начислений" };

const rub = (kopecks: number) => formatRoubles(BigInt(kopecks));

const skipLabels: Record<SkipReason, string> = {
  issued: "счёт за период уже выставлен — исправляется перерасчётом в следующем периоде",
  manual: "есть черновик, созданный вручную",
  no_lines: "нет услуг с ценой на этот период",
};

/** The difference from last month, in roubles and percent (none when last month had nothing). */
function Difference({ now, before }: { now: number; before: number }) {
  const diff = now - before;
  const sign = diff > 0 ? "+" : "";
  const percent = before ? ` (${sign}${((diff / before) * 100).toLocaleString("ru-RU", { maximumFractionDigits: 1 })} %)` : "";
  return (
    <span className={diff > 0 ? "text-amber-700" : diff < 0 ? "text-emerald-700" : undefined}>
      {sign}
      {rub(diff)}
      {percent}
    </span>
  );
}

function Preview({ summary }: { summary: BillingRunSummary }) {
  const previous = periodLabel(summary.previousPeriod);
  return (
    <div className="space-y-8">
      <dl className="grid max-w-3xl grid-cols-2 gap-4 sm:grid-cols-4">
        {[
          ["Лицевых счетов", summary.accounts.toLocaleString("ru-RU")],
          ["Счетов", summary.totals.invoices.toLocaleString("ru-RU")],
          ["Начислено", rub(summary.totals.chargedKopecks)],
          ["К оплате", rub(summary.totals.totalKopecks)],
        ].map(([label, value]) => (
          <div key={label} className="rounded-md border p-3">
            <dt className="text-xs text-muted-foreground">{label}</dt>
            <dd className="text-lg font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      <section>
        <h2 className="mb-2 text-lg font-semibold">По домам</h2>
        <div className="rounded-md border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Дом</TableHead>
                <TableHead className="text-right">Счетов</TableHead>
                <TableHead className="text-right">Начислено</TableHead>
                <TableHead className="text-right">За {previous}</TableHead>
                <TableHead className="text-right">Разница</TableHead>
                <TableHead className="text-right">К оплате</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {summary.buildings.map((b) => (
                <TableRow key={b.buildingId}>
                  <TableCell className="whitespace-normal">{b.address}</TableCell>
                  <TableCell className="text-right">{b.invoices.toLocaleString("ru-RU")}</TableCell>
                  <TableCell className="text-right">{rub(b.chargedKopecks)}</TableCell>
                  <TableCell className="text-right">{rub(b.previousChargedKopecks)}</TableCell>
                  <TableCell className="text-right">
                    <Difference now={b.chargedKopecks} before={b.previousChargedKopecks} />
                  </TableCell>
                  <TableCell className="text-right">{rub(b.totalKopecks)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </section>
      <section>
        <h2 className="mb-2 text-lg font-semibold">По услугам</h2>
        <div className="rounded-md border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Услуга</TableHead>
                <TableHead className="text-right">Начислено</TableHead>
                <TableHead className="text-right">За {previous}</TableHead>
                <TableHead className="text-right">Разница</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {summary.services.map((s) => (
                <TableRow key={`${s.tariffId}-${s.kind}`}>
                  <TableCell>{s.kind === "common" ? `${s.serviceName} (ОДН)` : s.serviceName}</TableCell>
                  <TableCell className="text-right">{rub(s.chargedKopecks)}</TableCell>
                  <TableCell className="text-right">{rub(s.previousChargedKopecks)}</TableCell>
                  <TableCell className="text-right">
                    <Difference now={s.chargedKopecks} before={s.previousChargedKopecks} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
        <p className="mt-2 text-xs text-muted-foreground">Начислено — начисления, перерасчёты и пени периода; «К оплате» включает долг или аванс на начало.</p>
      </section>
      {summary.skipped.length > 0 && (
        <section>
          <h2 className="mb-2 text-lg font-semibold">Лицевые счета без черновика</h2>
          <ul className="space-y-1 text-sm">
            {summary.skipped.map((s) => (
              <li key={s.reason}>
                <span className="font-medium">{s.accounts.toLocaleString("ru-RU")}</span> — {skipLabels[s.reason]}
                {s.numbers.length > 0 && <span className="text-muted-foreground">: {s.numbers.join(", ")}{s.accounts > s.numbers.length ? "…" : ""}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** A run: its progress bar while it computes, then the preview with «Выставить все» and «Пересчитать». */
export default async function BillingRunPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await staffPage("finance.billing.run");
  const run = await recordOr404((await params).id, (id) => getBillingRun(ctx, id));
  const computing = run.status === "queued" || run.status === "running" || run.status === "issuing";
  const percent = run.totalAccounts ? Math.min(100, Math.floor((run.processedAccounts / run.totalAccounts) * 100)) : 0;
  const summary = run.summary;
  return (
    <>
      <PageHeader
        title={`Начисления за ${periodLabel(run.period)}`}
        description={`${run.addresses.join("; ")} · запустил ${run.createdByName ?? "система"} ${formatDateTime(run.createdAt, ctx.timezone)}`}
        back={{ href: "/crm/billing", label: "Начисления" }}
        actions={<RunActions runId={run.id} status={run.status} stalled={run.stalled} invoices={summary?.totals.invoices ?? 0} total={rub(summary?.totals.totalKopecks ?? 0)} />}
      />
      <RefreshWhile active={computing} />
      <p className="mb-4 text-sm">
        Статус: <span className="font-medium">{billingRunStatusLabels[run.status]}</span>
        {run.status === "issued" && ` — выставлено счетов: ${run.issuedInvoices.toLocaleString("ru-RU")}`}
      </p>
      {computing && (
        <div className="mb-6 max-w-xl space-y-2" aria-live="polite">
          <div className="h-3 w-full overflow-hidden rounded bg-muted" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label="Ход расчёта">
            <div className="h-full bg-primary transition-all" style={{ width: `${percent}%` }} />
          </div>
          <p className="text-sm text-muted-foreground">
            Рассчитано {run.processedAccounts.toLocaleString("ru-RU")} из {run.totalAccounts.toLocaleString("ru-RU")} лицевых счетов ({percent}%)
          </p>
        </div>
      )}
      {run.stalled && (
        <p role="alert" className="mb-6 max-w-3xl rounded-md border px-3 py-2 text-sm">
          Расчёт не продвигается больше двух минут — вероятно, сервер перезапускался. Рассчитанные счета сохранены — нажмите «Продолжить».
        </p>
      )}
      {run.status === "failed" && (
        <p role="alert" className="mb-6 max-w-3xl rounded-md border border-destructive/40 bg-destructive/5 px-3 py-2 text-sm text-destructive">
          Расчёт прервался на {run.processedAccounts.toLocaleString("ru-RU")} из {run.totalAccounts.toLocaleString("ru-RU")} лицевых счетов: {run.error}. Рассчитанные счета сохранены — нажмите «Продолжить».
        </p>
      )}
      {summary && <Preview summary={summary} />}
    </>
  );
}
