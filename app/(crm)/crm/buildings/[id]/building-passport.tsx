import type { getBuilding } from "@/lib/org/get-building";

type Building = Awaited<ReturnType<typeof getBuilding>>;

const area = (value: string | null) => (value === null ? null : `${Number(value).toLocaleString("ru-RU")} м²`);
/** «2015-04-01» → «01.04.2015»: a calendar date, no time zone to shift it. */
const day = (value: string | null) => (value === null ? null : value.split("-").reverse().join("."));

/** The passport as those who may not edit the building read it. */
export function BuildingPassport({ building: b }: { building: Building }) {
  const rows: [string, string | number | null][] = [
    ["Год постройки", b.yearBuilt],
    ["Этажность", b.floors],
    ["Подъездов", b.entrances],
    ["Общая площадь", area(b.totalArea)],
    ["Жилая площадь", area(b.livingArea)],
    ["Нежилая площадь", area(b.nonResidentialArea)],
    ["Кадастровый номер", b.cadastralNumber],
    ["Код ФИАС (ГАР)", b.fiasCode],
    ["Код дома в ГИС ЖКХ", b.gisHousingCode],
    ["Дата начала управления", day(b.managementStartDate)],
  ];
  return (
    <section aria-labelledby="passport" className="space-y-3">
      <h2 id="passport" className="text-lg font-semibold">
        Паспорт дома
      </h2>
      <dl className="grid max-w-3xl gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted-foreground">{label}</dt>
            <dd className="break-all">{value ?? "—"}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
