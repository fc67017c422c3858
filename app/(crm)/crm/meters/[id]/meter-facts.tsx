import { formatCalendarDate } from "@/lib/core/date-time";
import type { MeterCard } from "@/lib/meters/get-meter-card";
import { meterKindText } from "@/lib/meters/meter-vocabulary";

const day = (value: string | null) => (value ? formatCalendarDate(value) : null);

/** The facts as those who may not edit the meter (or a decommissioned one) read them. */
export function MeterFacts({ card: { meter, accountNumber } }: { card: MeterCard }) {
  const rows: [string, string | number | null][] = [
    ["Ресурс", meterKindText(meter.resource, meter.zones)],
    ["Лицевой счёт", accountNumber],
    ["Модель", meter.model],
    ["Место установки", meter.place],
    ["Дата установки", day(meter.installedOn)],
    ["Дата выпуска", day(meter.manufacturedOn)],
    ["Межповерочный интервал, лет", meter.verificationIntervalYears],
    ["Следующая поверка", day(meter.nextVerificationOn)],
    ["Последняя проверка", day(meter.lastCheckedOn)],
    ["Номер пломбы", meter.sealNumber],
    ["Знаков до запятой", meter.digits],
    ["Выведен из эксплуатации", day(meter.decommissionedOn)],
    ["Примечание", meter.note],
  ];
  return (
    <dl className="grid max-w-3xl gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-muted-foreground">{label}</dt>
          <dd className="break-all whitespace-pre-line">{value ?? "—"}</dd>
        </div>
      ))}
    </dl>
  );
}
