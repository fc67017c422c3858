import { formatRoubles } from "@/lib/exchange/decimal";
import { periodLabel } from "@/lib/meters/collection-window";
import type { AmountDueBar } from "@/lib/residents/invoices/list-my-invoices";

const SHORT_MONTHS = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];
const WIDTH = 360;
const HEIGHT = 150;
const TOP = 16;
const BOTTOM = 20;

/** Bar labels in whole roubles («4 512»): kopecks would not fit above a bar on a phone. */
const rounded = (kopecks: bigint) => new Intl.NumberFormat("ru-RU").format(Number((kopecks + 50n) / 100n));

/**
 * The amount due by month as a server-rendered SVG, drawn like the meters' consumption chart (no script, 360 px
 * phones included). An advance (a negative amount due) is drawn as no bar and named in the summary.
 */
export function AmountDueChart({ bars }: { bars: AmountDueBar[] }) {
  const max = bars.reduce((m, b) => (b.kopecks !== null && b.kopecks > m ? b.kopecks : m), 0n);
  const slot = WIDTH / bars.length;
  const plot = HEIGHT - TOP - BOTTOM;
  const summary = bars
    .filter((b) => b.kopecks !== null)
    .map((b) => `${periodLabel(b.period)}: ${formatRoubles(b.kopecks ?? 0n)}`)
    .join("; ");
  return (
    <figure className="space-y-1">
      <figcaption className="text-sm font-medium">К оплате по месяцам, ₽</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" role="img" aria-label={`К оплате по месяцам: ${summary}`}>
        <line x1={0} x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} className="stroke-border" strokeWidth={1} />
        {bars.map((bar, i) => {
          const x = i * slot;
          const positive = bar.kopecks !== null && bar.kopecks > 0n && max > 0n;
          const height = positive ? Math.max(1, Number((bar.kopecks! * BigInt(plot * 100)) / max) / 100) : 0;
          const y = HEIGHT - BOTTOM - height;
          return (
            <g key={bar.period}>
              {positive && (
                <>
                  <rect x={x + slot * 0.15} y={y} width={slot * 0.7} height={height} rx={2} className="fill-primary">
                    <title>{`${periodLabel(bar.period)}: ${formatRoubles(bar.kopecks!)}`}</title>
                  </rect>
                  <text x={x + slot / 2} y={y - 3} textAnchor="middle" fontSize={8} className="fill-foreground">
                    {rounded(bar.kopecks!)}
                  </text>
                </>
              )}
              <text x={x + slot / 2} y={HEIGHT - 6} textAnchor="middle" fontSize={10} className="fill-muted-foreground">
                {SHORT_MONTHS[Number(bar.period.slice(5, 7)) - 1]}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
