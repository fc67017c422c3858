import type { Metadata } from "next";
import Link from "next/link";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { collectionWindowSettings } from "@/lib/meters/collection-window-settings";
import { CollectionWindowForm } from "./collection-window-form";

export const metadata: Metadata = { title: "Приём показаний" };

const text = (v: number | null) => (v === null ? "" : String(v));

/** The organisation's collection window; buildings with their own days are listed and edited on their cards. */
export default async function MeterSettingsPage() {
  const ctx = await staffPage("settings.view");
  const { org, overrides } = await collectionWindowSettings(ctx);
  return (
    <>
      <PageHeader title="Приём показаний" description="Период, в который жители и сотрудники передают показания приборов учёта, и что делать с опоздавшими" />
      <CollectionWindowForm
        values={{ startDay: text(org.startDay), endDay: text(org.endDay), late: org.late }}
        canManage={ctx.permissions.has("settings.manage")}
      />
      <p className="mt-4 max-w-3xl text-sm text-muted-foreground">
        {org.reminderDay ? `Жители получают напоминание ${org.reminderDay}-го числа. ` : "Напоминания жителям выключены. "}
        День напоминания задают в{" "}
        <Link href="/crm/settings/company" className="underline">
          профиле компании
        </Link>
        .
      </p>
      <section className="mt-10 max-w-3xl space-y-3">
        <h2 className="text-lg font-semibold">Объекты со своим периодом</h2>
        {overrides.length === 0 ? (
          <p className="text-sm text-muted-foreground">Все объекты принимают показания в период организации. Свой период задают в карточке объекта.</p>
        ) : (
          <ul className="divide-y rounded-md border text-sm">
            {overrides.map((b) => (
              <li key={b.id} className="flex justify-between gap-3 px-3 py-2">
                <Link href={`/crm/buildings/${b.id}`} className="hover:underline">
                  {b.address}
                </Link>
                <span className="text-muted-foreground">
                  с {b.startDay} по {b.endDay} число
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
