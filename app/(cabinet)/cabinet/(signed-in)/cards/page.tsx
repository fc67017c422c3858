import type { Metadata } from "next";
import { CreditCard } from "lucide-react";
import Link from "next/link";
import { residentPage } from "@/app/_server/resident-page";
import { Card, CardContent } from "@/components/ui/card";
import { listMySavedCards } from "@/lib/residents/payments/my-saved-cards";
import { RemoveCardButton } from "./remove-card-button";

export const metadata: Metadata = { title: "Сохранённые карты" };

export default async function SavedCardsPage() {
  const cards = await listMySavedCards(await residentPage());
  return (
    <>
      <Link href="/cabinet" className="text-sm text-muted-foreground">
        ← Мои помещения
      </Link>
      <h1 className="text-xl font-semibold">Сохранённые карты</h1>
      {cards.length === 0 ? (
        <p className="text-sm text-muted-foreground">Сохранённых карт нет. Карта сохраняется, если при оплате отметить «Сохранить карту».</p>
      ) : (
        cards.map((card) => (
          <Card key={card.id} className="py-3" data-testid="saved-card">
            <CardContent className="flex items-center gap-3 px-4 text-sm">
              <CreditCard className="size-5 shrink-0 text-primary" aria-hidden />
              <div className="min-w-0 flex-1">
                <div className="font-medium">{card.title}</div>
                {card.expiresOn && <div className="text-muted-foreground">до {card.expiresOn}</div>}
              </div>
              <RemoveCardButton cardId={card.id} title={card.title} />
            </CardContent>
          </Card>
        ))
      )}
    </>
  );
}
