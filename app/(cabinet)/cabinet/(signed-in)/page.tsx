import type { Metadata } from "next";
import { ChevronRight, Gauge, Receipt, Repeat } from "lucide-react";
import Link from "next/link";
import { residentPage } from "@/app/_server/resident-page";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import { linkBasisLabels } from "@/lib/registry/links/link-bases";
import { listMyOrganisations } from "@/lib/residents/organisations/list-my-organisations";
import { listMyPremises } from "@/lib/residents/premises/list-my-premises";
import { OrganisationContacts } from "../_components/organisation-contacts";

export const metadata: Metadata = { title: "Мои помещения" };

export default async function MyPremisesPage() {
  const ctx = await residentPage();
  const [premises, organisations] = await Promise.all([listMyPremises(ctx), listMyOrganisations(ctx)]);
  return (
    <>
      <h1 className="text-xl font-semibold">Мои помещения</h1>
      {premises.length === 0 && (
        <p className="text-sm text-muted-foreground">
          Помещений пока нет. Если вы отправили заявку на регистрацию, дождитесь её одобрения управляющей организацией.
        </p>
      )}
      {premises.map((p) => (
        <div key={p.id} className="space-y-2">
          <Link href={`/cabinet/premises/${p.id}`} className="block">
            <Card className="gap-2 py-4 transition-colors hover:bg-accent/50">
              <CardContent className="flex items-center gap-3 px-4">
                <div className="min-w-0 flex-1 space-y-1">
                  <div className="font-medium break-words">{p.address}</div>
                  <div className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
                    <Badge variant="secondary">{linkBasisLabels[p.basis]}</Badge>
                    <span className="truncate">{p.orgName}</span>
                  </div>
                  {p.accounts.map((a) => (
                    <div key={a.id} className="text-sm">
                      Лицевой счёт № {a.number}
                      {a.els && <span className="text-muted-foreground"> · ЕЛС {a.els}</span>}
                    </div>
                  ))}
                </div>
                <ChevronRight className="size-5 shrink-0 text-muted-foreground" aria-hidden />
              </CardContent>
            </Card>
          </Link>
          {p.accounts.length > 0 && (
            <Link href={`/cabinet/premises/${p.id}/invoices`} className="flex min-h-11 items-center gap-2 rounded-md border px-4 py-2 text-sm font-medium hover:bg-accent/50">
              <Receipt className="size-4 text-primary" aria-hidden />
              Перейти в счета
            </Link>
          )}
          {p.meters > 0 && (
            <Link href={`/cabinet/premises/${p.id}/meters`} className="flex min-h-11 items-center gap-2 rounded-md border px-4 py-2 text-sm font-medium hover:bg-accent/50">
              <Gauge className="size-4 text-primary" aria-hidden />
              Передать показания счётчиков
            </Link>
          )}
        </div>
      ))}
      {premises.length > 1 && (
        <Link href="/cabinet/pay?all=1" className="flex min-h-11 items-center justify-center rounded-md bg-primary px-4 py-2 text-sm font-medium text-primary-foreground">
          Оплатить ЖКУ по всем помещениям
        </Link>
      )}
      <nav className="grid grid-cols-2 gap-2 text-sm" aria-label="Платежи">
        <Link href="/cabinet/payments" className="flex min-h-11 items-center rounded-md border px-4 py-2 font-medium hover:bg-accent/50">
          История платежей
        </Link>
        <Link href="/cabinet/cards" className="flex min-h-11 items-center rounded-md border px-4 py-2 font-medium hover:bg-accent/50">
          Сохранённые карты
        </Link>
        {premises.some((p) => p.accounts.length > 0) && (
          <Link href="/cabinet/autopay" className="flex min-h-11 items-center gap-2 rounded-md border px-4 py-2 font-medium hover:bg-accent/50">
            <Repeat className="size-4 text-primary" aria-hidden />
            Автоплатёж
          </Link>
        )}
      </nav>
      {organisations.length > 0 && (
        <section aria-labelledby="contacts" className="space-y-3 pt-2">
          <h2 id="contacts" className="text-lg font-semibold">
            Контакты
          </h2>
          {organisations.map((org) => (
            <OrganisationContacts key={org.id} org={org} />
          ))}
        </section>
      )}
    </>
  );
}
