import type { Metadata } from "next";
import Link from "next/link";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { Badge } from "@/components/ui/badge";
import { ledgerKindLabels } from "@/lib/billing/billing-vocabulary";
import { balanceLabel, getAccountBalance } from "@/lib/billing/ledger/get-account-balance";
import { ledgerSourceLabel, periodText } from "@/lib/billing/ledger/ledger-export-columns";
import { ledgerFiltersFrom } from "@/lib/billing/ledger/ledger-filters";
import { listAccountLedger } from "@/lib/billing/ledger/list-account-ledger";
import { formatCalendarDate } from "@/lib/core/date-time";
import { formatRoubles } from "@/lib/exchange/decimal";
import { formatPremiseAddress } from "@/lib/registry/premise-address";
import { parseListParams } from "@/lib/table/list-params";
import { recordOr404 } from "../../record-or-404";
import { LedgerTable, type LedgerView } from "./ledger-table";

export const metadata: Metadata = { title: "Лицевой счёт" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** An account's card: its facts, its balance and «Расшифровка» — every ledger entry with its source and the running balance. */
export default async function AccountPage({ params, searchParams }: Props) {
  const ctx = await staffPage("finance.invoices.view");
  const sp = await searchParams;
  const account = await recordOr404((await params).id, (id) => getAccountBalance(ctx, id));
  const page = await listAccountLedger(ctx, parseListParams(sp), ledgerFiltersFrom(account.id, sp));
  const address = formatPremiseAddress(account.buildingAddress, { type: account.premiseType, number: account.premiseNumber });
  const rows: LedgerView[] = page.rows.map((r) => ({
    id: r.id,
    date: formatCalendarDate(r.occurredOn),
    period: periodText(r.period),
    kind: ledgerKindLabels[r.kind],
    source: ledgerSourceLabel(r, ctx.timezone),
    invoiceId: r.invoiceId,
    amount: formatRoubles(r.amountKopecks),
    negative: r.amountKopecks < 0n,
    running: formatRoubles(r.runningKopecks),
  }));
  const facts: [string, string | null][] = [
    ["Помещение", address],
    ["ЕЛС", account.els],
    ["Юридическое лицо", account.legalEntityName],
  ];
  return (
    <>
      <PageHeader back={{ href: `/crm/premises/${account.premiseId}?tab=accounts`, label: address }} title={`Лицевой счёт № ${account.number}`} />
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <span className={account.balanceKopecks > 0n ? "text-xl font-semibold text-destructive" : "text-xl font-semibold"}>{balanceLabel(account.balanceKopecks)}</span>
        {account.archivedAt && <Badge variant="secondary">удалён</Badge>}
      </div>
      <div className="space-y-10">
        <dl className="grid max-w-3xl gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-muted-foreground">{label}</dt>
              <dd>{label === "Помещение" ? <Link className="hover:underline" href={`/crm/premises/${account.premiseId}`}>{value}</Link> : (value ?? "—")}</dd>
            </div>
          ))}
        </dl>
        <section aria-labelledby="account-ledger" className="space-y-3">
          <h2 id="account-ledger" className="text-lg font-semibold">
            Расшифровка
          </h2>
          <LedgerTable rows={rows} total={page.total} accountId={account.id} />
        </section>
      </div>
    </>
  );
}
