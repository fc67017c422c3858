"use client";

import { CircleHelp } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { tariffMethodLabels } from "@/lib/billing/billing-vocabulary";
import { formatQuantityMilli } from "@/lib/billing/line-arithmetic";
import { formatRoubles, formatScaledDecimal } from "@/lib/exchange/decimal";

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * Names of what the billing engine writes into `basis` and `penalty_detail`, in the order they read best. The
 * explanation is shown generically — whatever keys a line has — so these only put Russian on the keys we know; an
 * unknown key is shown as it is, after the known ones. Ids (a meter's, a charge's) say nothing to a person and are left out.
 */
const keyLabels: Record<string, string> = {
  method: "Способ расчёта",
  zone: "Зона",
  volumeMethod: "Как определён объём",
  explanation: "Пояснение",
  normReason: "Почему норматив",
  refused: "Показание отклонено",
  zones: "По зонам",
  readings: "Показания",
  fromMilli: "Было",
  toMilli: "Стало",
  volumeMilli: "Объём",
  residents: "Зарегистрировано",
  normMilli: "Норматив",
  areaMilli: "Площадь, м²",
  factorMilli: "Повышающий коэффициент",
  through: "Пени по",
  accruedKopecks: "Пени на эту дату",
  previousThrough: "Ранее по",
  previousKopecks: "Ранее начислено",
  rows: "Расчёт",
  debtKopecks: "Долг",
  from: "С",
  to: "По",
  days: "Дней",
  paidOn: "Оплачен",
  keyRateBp: "Ключевая ставка",
  rateBp: "Ставка",
  fraction: "Доля",
  amountKopecks: "Сумма",
};
const hidden = new Set(["meterId", "charge", "chargeId", "tariffId"]);
const order = Object.keys(keyLabels);
const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
/** The keys worth a line: known ones first; ids and empty values (null: «not applicable») left out. */
const keysOf = (value: Record<string, unknown>) =>
  Object.keys(value)
    .filter((k) => !hidden.has(k) && value[k] !== null && value[k] !== undefined)
    .sort((a, b) => rank(a) - rank(b));

const labelOf = (key: string) => keyLabels[key] ?? key;

/** Scaled integers by the suffix the engine gives them: thousandths, kopecks, hundredths of a percent. */
function scaled(key: string, value: string | number): string | null {
  const digits = String(value);
  if (!/^-?\d+$/.test(digits)) return null;
  if (key.endsWith("Milli")) return formatQuantityMilli(BigInt(digits));
  if (key.endsWith("Kopecks")) return formatRoubles(BigInt(digits));
  if (key.endsWith("Bp")) return `${formatScaledDecimal(BigInt(digits), 2).replace(/\.?0+$/, "").replace(".", ",")} %`;
  return null;
}

function valueText(key: string, value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (key === "method" && typeof value === "string" && Object.hasOwn(tariffMethodLabels, value)) return tariffMethodLabels[value as keyof typeof tariffMethodLabels];
  if (typeof value === "boolean") return value ? "да" : "нет";
  if (typeof value === "string" || typeof value === "number") return scaled(key, value) ?? String(value);
  if (Array.isArray(value)) return value.map((v) => (isRecord(v) ? keysOf(v).map((k) => `${labelOf(k)}: ${valueText(k, v[k])}`).join(", ") : valueText(key, v))).join("; ");
  return isRecord(value) ? keysOf(value).map((k) => `${labelOf(k)}: ${valueText(k, value[k])}`).join(", ") : String(value);
}

function Facts({ value }: { value: Record<string, unknown> }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
      {keysOf(value).map((key) => [key, value[key]] as const).map(([key, v]) =>
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
  const keys = [...new Set(rows.flatMap((r) => (isRecord(r) ? keysOf(r) : [])))].sort((a, b) => rank(a) - rank(b));
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

/** «?» beside a service: how its quantity was found (`basis`) and how its penalties were counted (`penalty_detail`). */
export function LineExplanation({ serviceName, basis, penaltyDetail }: { serviceName: string; basis: unknown; penaltyDetail: unknown }) {
  const penalties = Array.isArray(penaltyDetail) ? (penaltyDetail as Record<string, unknown>[]) : [];
  if (!isRecord(basis) && !penalties.length && !isRecord(penaltyDetail)) return null;
  return (
    <Popover>
      <PopoverTrigger asChild>
        <Button type="button" variant="ghost" size="icon-xs" aria-label={`Как посчитано: ${serviceName}`}>
          <CircleHelp />
        </Button>
      </PopoverTrigger>
      <PopoverContent className="max-h-[70vh] w-[28rem] space-y-3 overflow-y-auto text-sm">
        <p className="font-medium">{serviceName}</p>
        {isRecord(basis) && <Facts value={basis} />}
        {(penalties.length > 0 || isRecord(penaltyDetail)) && (
          <div className="space-y-1">
            <p className="font-medium">Пени</p>
            {isRecord(penaltyDetail) ? <Facts value={penaltyDetail} /> : <Rows rows={penalties} />}
          </div>
        )}
      </PopoverContent>
    </Popover>
  );
}
