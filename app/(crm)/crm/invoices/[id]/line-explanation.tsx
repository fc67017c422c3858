"use client";

import { CircleHelp } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { tariffMethodLabels } from "@/lib/billing/billing-vocabulary";

/**
 * Names of what the billing engine writes into `basis` and `penalty_detail`. The explanation is shown generically —
 * whatever keys a line has — so these only put Russian on the ones we know; an unknown key is shown as it is.
 */
const keyLabels: Record<string, string> = {
  method: "Способ расчёта",
  volume: "Объём",
  volumeMilli: "Объём",
  readings: "Показания",
  previous: "Предыдущее",
  current: "Текущее",
  source: "Источник",
  reason: "Почему",
  average: "Среднее",
  averageMilli: "Среднее",
  norm: "Норматив",
  normMilli: "Норматив",
  residents: "Зарегистрировано",
  area: "Площадь",
  areaMilli: "Площадь",
  factor: "Повышающий коэффициент",
  factorMilli: "Повышающий коэффициент",
  months: "Месяцев",
  zone: "Зона",
  meter: "Прибор",
  serialNumber: "Заводской номер",
  charge: "Долг",
  chargeKopecks: "Долг",
  from: "С",
  to: "По",
  days: "Дней",
  rate: "Ставка",
  rateBp: "Ставка",
  fraction: "Доля",
  amount: "Сумма",
  amountKopecks: "Сумма",
};

const labelOf = (key: string) => keyLabels[key] ?? key;

function valueText(key: string, value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (key === "method" && typeof value === "string" && Object.hasOwn(tariffMethodLabels, value)) return tariffMethodLabels[value as keyof typeof tariffMethodLabels];
  if (typeof value === "boolean") return value ? "да" : "нет";
  if (typeof value === "object") return Array.isArray(value) && value.every((v) => typeof v !== "object") ? value.join(", ") : JSON.stringify(value);
  return String(value);
}

function Facts({ value }: { value: Record<string, unknown> }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
      {Object.entries(value).map(([key, v]) =>
        v !== null && typeof v === "object" && !Array.isArray(v) ? (
          <div key={key} className="col-span-2 space-y-1">
            <dt className="font-medium">{labelOf(key)}</dt>
            <dd className="pl-3">
              <Facts value={v as Record<string, unknown>} />
            </dd>
          </div>
        ) : Array.isArray(v) && v.some((x) => x !== null && typeof x === "object") ? (
          <div key={key} className="col-span-2 space-y-1">
            <dt className="font-medium">{labelOf(key)}</dt>
            <dd>
              <Rows rows={v as Record<string, unknown>[]} />
            </dd>
          </div>
        ) : (
          <div key={key} className="contents">
            <dt className="text-muted-foreground">{labelOf(key)}</dt>
            <dd>{valueText(key, v)}</dd>
          </div>
        ),
      )}
    </dl>
  );
}

function Rows({ rows }: { rows: Record<string, unknown>[] }) {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r ?? {})))];
  return (
    <table className="w-full text-xs">
      <thead>
        <tr>
          {keys.map((k) => (
            <th key={k} className="px-1 text-left font-medium text-muted-foreground">
              {labelOf(k)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {keys.map((k) => (
              <td key={k} className="px-1 tabular-nums">
                {valueText(k, row?.[k])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** «?» beside a service: how its quantity was found (`basis`) and how its penalties were counted (`penalty_detail`). */
export function LineExplanation({ serviceName, basis, penaltyDetail }: { serviceName: string; basis: unknown; penaltyDetail: unknown }) {
  const penalties = Array.isArray(penaltyDetail) ? (penaltyDetail as Record<string, unknown>[]) : isRecord(penaltyDetail) ? [penaltyDetail] : [];
  if (!isRecord(basis) && !penalties.length) return null;
  return (
    <Popover>
      <PopoverTrigger asChild>
        <Button type="button" variant="ghost" size="icon-xs" aria-label={`Как посчитано: ${serviceName}`}>
          <CircleHelp />
        </Button>
      </PopoverTrigger>
      <PopoverContent className="w-96 space-y-3 text-sm">
        <p className="font-medium">{serviceName}</p>
        {isRecord(basis) && <Facts value={basis} />}
        {penalties.length > 0 && (
          <div className="space-y-1">
            <p className="font-medium">Пени</p>
            <Rows rows={penalties} />
          </div>
        )}
      </PopoverContent>
    </Popover>
  );
}
