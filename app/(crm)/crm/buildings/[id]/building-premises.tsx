import Link from "next/link";
import type { PremiseGroup } from "@/lib/registry/premises/list-building-premises";
import { premiseTypeInfo } from "@/lib/registry/premises/premise-types";

/** «Помещения» of the building card: a count per type, then each type's premises by entrance, each a link. */
export function BuildingPremises({ buildingId, total, groups }: { buildingId: string; total: number; groups: PremiseGroup[] }) {
  return (
    <section aria-labelledby="premises" className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="premises" className="text-lg font-semibold">
          Помещения: {total}
        </h2>
        <Link href={`/crm/premises?building=${buildingId}`} className="text-sm underline-offset-4 hover:underline">
          Открыть списком
        </Link>
      </div>
      {total === 0 && <p className="text-sm text-muted-foreground">В доме пока нет помещений. Их добавляют в разделе «Помещения» или импортом.</p>}
      {groups.map((group) => (
        <div key={group.type} className="space-y-2">
          <h3 className="font-medium">
            {premiseTypeInfo[group.type].label}: {group.count}
          </h3>
          {group.byEntrance.map(({ entrance, premises }) => (
            <div key={entrance} className="flex flex-col gap-1 sm:flex-row sm:gap-3">
              <div className="w-32 shrink-0 text-sm text-muted-foreground">
                {entrance ? `Подъезд ${entrance}` : "Без подъезда"} · {premises.length}
              </div>
              <ul className="flex flex-wrap gap-1" aria-label={`${premiseTypeInfo[group.type].label}, ${entrance ? `подъезд ${entrance}` : "без подъезда"}`}>
                {premises.map((p) => (
                  <li key={p.id}>
                    <Link
                      href={`/crm/premises/${p.id}`}
                      className="inline-block min-w-9 rounded border px-1.5 py-0.5 text-center text-sm tabular-nums hover:bg-accent"
                      title={p.floor ? `Этаж ${p.floor}` : undefined}
                    >
                      {p.number}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}
