import type { Metadata } from "next";
import Link from "next/link";
import { residentPage } from "@/app/_server/resident-page";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { formatScaledDecimal } from "@/lib/exchange/decimal";
import { listMyAutopay, type MyAutopayPremise } from "@/lib/residents/autopay/list-my-autopay";
import { AutopayForm, type AutopayFormValues } from "./autopay-form";

export const metadata: Metadata = { title: "Автоплатёж" };

/** What the form starts with: the saved setting, or ЖКУ three days after the invoice, the first card, the profile's email. */
function formValues(p: MyAutopayPremise): AutopayFormValues {
  const s = p.setting;
  const card = s && p.cards.some((c) => c.id === s.savedMethodId) ? s.savedMethodId : (p.cards[0]?.id ?? "");
  return {
    premiseId: p.premiseId,
    invoiceTypes: s?.invoiceTypes ?? ["utilities"],
    mode: s?.mode ?? "after_issue",
    daysAfterIssue: String(s?.daysAfterIssue ?? 3),
    dayOfMonth: String(s?.dayOfMonth ?? 10),
    monthlyLimit: s?.monthlyLimitKopecks != null ? formatScaledDecimal(s.monthlyLimitKopecks, 2).replace(".", ",") : "",
    savedMethodId: card,
    email: s ? (s.email ?? "") : (p.profileEmail ?? ""),
  };
}

export default async function AutopayPage() {
  const ctx = await residentPage();
  const premises = await listMyAutopay(ctx);
  return (
    <>
      <Link href="/cabinet" className="text-sm text-muted-foreground">
        ← Мои помещения
      </Link>
      <h1 className="text-xl font-semibold">Автоплатёж</h1>
      <p className="text-sm text-muted-foreground">
        Счета оплачиваются с сохранённой карты автоматически. Накануне списания мы напомним. Если списать не получилось, попробуем ещё два раза — на
        следующий день и через день, а потом сообщим.
      </p>
      {premises.length === 0 && <p className="text-sm text-muted-foreground">Автоплатёж можно настроить для помещений, по которым уже выставлялись счета.</p>}
      {premises.map((p) => {
        const active = p.setting?.isActive ?? false;
        return (
          <Card key={p.premiseId} className="gap-3 py-4" data-testid="autopay-premise">
            <CardHeader className="px-4">
              <CardTitle className="text-base break-words">{p.address}</CardTitle>
              <div className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
                <Badge variant={active ? "default" : "secondary"}>{active ? "Автоплатёж включён" : "Автоплатёж выключен"}</Badge>
                <span>{p.orgName}</span>
              </div>
            </CardHeader>
            <CardContent className="px-4">
              {p.cards.length === 0 ? (
                <div className="space-y-2 text-sm">
                  <p>У вас нет сохранённых карт.</p>
                  <p className="text-muted-foreground">
                    Оплатите любой счёт этого помещения картой и отметьте «Сохранить карту» — после оплаты карта появится здесь, и автоплатёж можно будет
                    включить.
                  </p>
                  <Link href={`/cabinet/premises/${p.premiseId}/invoices`} className="inline-flex min-h-11 items-center font-medium text-primary underline-offset-4 hover:underline">
                    Перейти к счетам
                  </Link>
                </div>
              ) : (
                <AutopayForm values={formValues(p)} cards={p.cards.map((c) => ({ id: c.id, title: c.expiresOn ? `${c.title}, до ${c.expiresOn}` : c.title }))} active={active} />
              )}
            </CardContent>
          </Card>
        );
      })}
    </>
  );
}
