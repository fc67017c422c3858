import { periodLabel } from "@/lib/meters/collection-window";
import type { ChartBar } from "@/lib/meters/consumption-chart";
import { formatReading } from "@/lib/meters/meter-vocabulary";

const SHORT_MONTHS = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];
const WIDTH = 360;
const HEIGHT = 150;
const TOP = 16;
const BOTTOM = 20;

/** Bar labels keep one decimal: three would not fit above a bar on a phone. */
const roughly = (milli: bigint) => formatReading(((milli + 50n) / 100n) * 100n);

/**
 * A year of monthly consumption as a server-rendered SVG: no script, scales to the card's width (360 px phones
 * included). Months without a reading are empty; light bars are consumption measured over several months and
 * shared out evenly, with a note saying so.
 */
export function ConsumptionChart({ bars, unit, title }: { bars: ChartBar[]; unit: string; title: string }) {
  const max = bars.reduce((m, b) => (b.milli !== null && b.milli > m ? b.milli : m), 0n);
  const slot = WIDTH / bars.length;
  const plot = HEIGHT - TOP - BOTTOM;
  const measured = bars.filter((b) => b.milli !== null);
  const summary = measured.map((b) => `${periodLabel(b.period)}: ${formatReading(b.milli ?? 0n)} ${unit}`).join("; ");
  return (
    <figure className="space-y-1">
      <figcaption className="text-sm font-medium">
        {title}, {unit}
      </figcaption>
      {measured.length === 0 ? (
        <p className="text-sm text-muted-foreground">Расход появится после двух переданных показаний</p>
      ) : (
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" role="img" aria-label={`${title} по месяцам: ${summary}`}>
          <line x1={0} x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} className="stroke-border" strokeWidth={1} />
          {bars.map((bar, i) => {
            const x = i * slot;
            const height = bar.milli === null || max === 0n ? 0 : Math.max(1, Number((bar.milli * BigInt(plot * 100)) / max) / 100);
            const y = HEIGHT - BOTTOM - height;
            return (
              <g key={bar.period}>
                {bar.milli !== null && (
                  <>
                    <rect x={x + slot * 0.15} y={y} width={slot * 0.7} height={height} rx={2} className={bar.spread ? "fill-primary/35" : "fill-primary"}>
                      <title>{`${periodLabel(bar.period)}: ${formatReading(bar.milli)} ${unit}`}</title>
                    </rect>
                    <text x={x + slot / 2} y={y - 3} textAnchor="middle" fontSize={9} className="fill-foreground">
                      {roughly(bar.milli)}
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
      )}
      {bars.some((b) => b.spread) && (
        <p className="text-xs text-muted-foreground">Светлые столбцы — расход за несколько месяцев без показаний, поделённый поровну</p>
      )}
    </figure>
  );
}
