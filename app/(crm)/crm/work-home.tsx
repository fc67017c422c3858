import Link from "next/link";
import { PageHeader } from "@/components/crm/page-header";
import { visibleSections } from "@/components/crm/nav-sections";
import type { StaffContext } from "@/lib/core/context";
import { buildingOptions } from "@/lib/registry/premises/building-options";
import { countRegistry, type RegistryCounts } from "@/lib/registry/count-registry";
import { greetingName, ownProfile } from "./own-profile";

/** What each section is for, in a line, and which count the card shows. */
const sectionCards: Record<string, { hint: string; count?: keyof RegistryCounts }> = {
  "/crm/buildings": { hint: "Дома, в которых вы работаете", count: "buildings" },
  "/crm/premises": { hint: "Квартиры, машиноместа и кладовые: жильцы, счета, документы", count: "premises" },
  "/crm/accounts": { hint: "Номера счетов, ЕЛС, собственники", count: "accounts" },
  "/crm/clients": { hint: "Собственники, жильцы и их контакты", count: "clients" },
  "/crm/import": { hint: "Загрузка реестра из Excel или CSV" },
};

/** The home of staff who do not set the organisation up: their buildings and the sections they work in. */
export async function WorkHome({ ctx }: { ctx: StaffContext }) {
  const [counts, buildings, profile] = await Promise.all([countRegistry(ctx), ctx.buildingIds === null ? null : buildingOptions(ctx), ownProfile(ctx)]);
  const items = visibleSections(ctx.permissions)
    .flatMap((s) => s.items)
    .filter((i) => i.href !== "/crm");
  return (
    <>
      <PageHeader
        title="Главная"
        description={`Здравствуйте, ${greetingName(profile)}! ${buildings ? `Ваши дома: ${buildings.map((b) => b.label).join("; ") || "пока не назначены"}.` : "Вам доступны все дома организации."}`}
      />
      <ul className="grid max-w-4xl gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label="Разделы для работы">
        {items.map((item) => {
          const card = sectionCards[item.href];
          const n = card?.count ? counts[card.count] : null;
          return (
            <li key={item.href}>
              <Link href={item.href} className="block h-full rounded-lg border p-4 transition-colors hover:bg-accent">
                <div className="flex items-baseline justify-between gap-2">
                  <span className="font-medium">{item.label}</span>
                  {n !== null && <span className="text-2xl font-semibold tabular-nums">{n.toLocaleString("ru-RU")}</span>}
                </div>
                {card && <p className="mt-1 text-sm text-muted-foreground">{card.hint}</p>}
              </Link>
            </li>
          );
        })}
      </ul>
    </>
  );
}
