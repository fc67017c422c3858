import { ChevronRight, Gauge, Receipt } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { residentPage } from "@/app/_server/resident-page";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { AppError } from "@/lib/core/errors";
import { linkBasisLabels } from "@/lib/registry/links/link-bases";
import { getMyPremise } from "@/lib/residents/premises/get-my-premise";
import { AddMemberForm } from "./add-member-form";
import { RemoveMemberButton } from "./remove-member-button";

export const metadata: Metadata = { title: "Помещение" };

async function loadPremise(id: string) {
  const ctx = await residentPage();
  if (!z.uuid().safeParse(id).success) notFound();
  try {
    return await getMyPremise(ctx, id);
  } catch (error) {
    // Blocked by this organisation: the premise is gone for them, as for anyone it does not belong to.
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}

export default async function MyPremisePage({ params }: { params: Promise<{ id: string }> }) {
  const premise = await loadPremise((await params).id);
  return (
    <>
      <Link href="/cabinet" className="text-sm text-muted-foreground">
        ← Мои помещения
      </Link>
      <div className="space-y-1">
        <h1 className="text-xl font-semibold break-words">{premise.address}</h1>
        <Badge variant="secondary">{linkBasisLabels[premise.basis]}</Badge>
      </div>
      <Link href={`/cabinet/premises/${premise.id}/invoices`} className="block">
        <Card className="gap-2 py-4 transition-colors hover:bg-accent/50">
          <CardContent className="flex items-center gap-3 px-4">
            <Receipt className="size-5 shrink-0 text-primary" aria-hidden />
            <div className="min-w-0 flex-1">
              <div className="font-medium">Счета</div>
              <div className="text-sm text-muted-foreground">Начисления, квитанции и реквизиты для оплаты</div>
            </div>
            <ChevronRight className="size-5 shrink-0 text-muted-foreground" aria-hidden />
          </CardContent>
        </Card>
      </Link>
      <Link href={`/cabinet/premises/${premise.id}/meters`} className="block">
        <Card className="gap-2 py-4 transition-colors hover:bg-accent/50">
          <CardContent className="flex items-center gap-3 px-4">
            <Gauge className="size-5 shrink-0 text-primary" aria-hidden />
            <div className="min-w-0 flex-1">
              <div className="font-medium">Показания счётчиков</div>
              <div className="text-sm text-muted-foreground">Передать показания и посмотреть расход</div>
            </div>
            <ChevronRight className="size-5 shrink-0 text-muted-foreground" aria-hidden />
          </CardContent>
        </Card>
      </Link>
      <Card className="gap-3 py-4">
        <CardHeader className="px-4">
          <CardTitle className="text-base">Лицевые счета</CardTitle>
        </CardHeader>
        <CardContent className="space-y-1 px-4 text-sm">
          {premise.accounts.length === 0 && <p className="text-muted-foreground">Лицевых счетов пока нет</p>}
          {premise.accounts.map((a) => (
            <p key={a.id}>
              № {a.number}
              {a.els && <span className="text-muted-foreground"> · ЕЛС {a.els}</span>}
            </p>
          ))}
        </CardContent>
      </Card>
      <Card className="gap-3 py-4">
        <CardHeader className="px-4">
          <CardTitle className="text-base">Кто имеет доступ</CardTitle>
        </CardHeader>
        <CardContent className="divide-y px-4">
          {premise.members.map((m) => (
            <div key={m.linkId} className="flex items-center gap-3 py-2 first:pt-0 last:pb-0">
              <div className="min-w-0 flex-1 text-sm">
                <div className="font-medium break-words">
                  {m.name}
                  {m.isMe && <span className="font-normal text-muted-foreground"> (вы)</span>}
                </div>
                <div className="text-muted-foreground">
                  {linkBasisLabels[m.basis]}
                  {m.phone && ` · ${m.phone}`}
                </div>
                {m.addedByOrganisation && !m.isMe && <div className="text-xs text-muted-foreground">Добавлен управляющей организацией</div>}
              </div>
              {m.canRemove && <RemoveMemberButton premiseId={premise.id} linkId={m.linkId} name={m.name} />}
            </div>
          ))}
          {premise.othersHidden && (
            <p className="pt-2 text-sm text-muted-foreground">
              Управляющая организация ещё не подтвердила, что вы собственник. До подтверждения вы видите только себя и лицевые
              счета и не можете давать доступ к помещению другим людям.
            </p>
          )}
        </CardContent>
      </Card>
      {premise.canAdd.length > 0 && <AddMemberForm premiseId={premise.id} bases={premise.canAdd} />}
    </>
  );
}
