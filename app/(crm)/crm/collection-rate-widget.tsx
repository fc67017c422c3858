import type { StaffContext } from "@/lib/core/context";
import { formatRoubles } from "@/lib/exchange/decimal";
import { periodLabel } from "@/lib/meters/collection-window";
import { collectionRate } from "@/lib/payments/collection-rate";

/** Whole percent of paid over issued, or a dash for a month with nothing issued. */
const percent = (paid: bigint, issued: bigint) => (issued > 0n ? `${(paid * 100n) / issued} %` : "—");

/** «Собираемость платежей»: issued per month of the last year and what of it is paid, as pairs of bars. */
export async function CollectionRateWidget({ ctx }: { ctx: StaffContext }) {
  const months = await collectionRate(ctx);
  const top = months.flatMap((m) => [m.issuedKopecks, m.paidKopecks]).reduce((max, k) => (k > max ? k : max), 1n);
  // Heights in tenths of a percent of the tallest bar, computed on integers.
  const height = (kopecks: bigint) => `${Number((kopecks * 1000n) / top) / 10}%`;
  const issued = months.reduce((s, m) => s + m.issuedKopecks, 0n);
  const paid = months.reduce((s, m) => s + m.paidKopecks, 0n);
  return (
    <section aria-labelledby="collection-rate" className="mt-8 max-w-4xl space-y-3 rounded-lg border p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="collection-rate" className="font-medium">
          Собираемость платежей за 12 месяцев
        </h2>
        <p className="text-sm text-muted-foreground">
          Выставлено {formatRoubles(issued)}, оплачено {formatRoubles(paid)} — <span data-testid="collection-rate-total">{percent(paid, issued)}</span>
        </p>
      </div>
      <ol className="flex h-40 items-end gap-2" aria-label="По месяцам">
        {months.map((m) => (
          <li key={m.period} className="flex h-full flex-1 flex-col items-center justify-end gap-1" title={`${periodLabel(m.period)}: выставлено ${formatRoubles(m.issuedKopecks)}, оплачено ${formatRoubles(m.paidKopecks)}`}>
            <div className="flex h-full w-full items-end justify-center gap-0.5">
              <div className="w-1/2 rounded-t bg-muted-foreground/30" style={{ height: height(m.issuedKopecks) }} />
              <div className="w-1/2 rounded-t bg-primary" style={{ height: height(m.paidKopecks) }} />
            </div>
            <span className="text-[10px] text-muted-foreground tabular-nums">{m.period.slice(5)}.{m.period.slice(2, 4)}</span>
            <span className="sr-only">
              {periodLabel(m.period)}: выставлено {formatRoubles(m.issuedKopecks)}, оплачено {formatRoubles(m.paidKopecks)}, {percent(m.paidKopecks, m.issuedKopecks)}
            </span>
          </li>
        ))}
      </ol>
      <p className="flex gap-4 text-xs text-muted-foreground">
        <span className="inline-flex items-center gap-1">
          <span className="size-2 rounded-sm bg-muted-foreground/30" aria-hidden /> выставлено
        </span>
        <span className="inline-flex items-center gap-1">
          <span className="size-2 rounded-sm bg-primary" aria-hidden /> оплачено
        </span>
      </p>
    </section>
  );
}
