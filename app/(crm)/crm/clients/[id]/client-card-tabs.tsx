"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import type { ReactNode } from "react";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";

export const clientTabs = ["general", "premises", "other", "activity"] as const;
export type ClientTab = (typeof clientTabs)[number];

const labels: Record<ClientTab, string> = { general: "Общие сведения", premises: "Помещения", other: "Прочее", activity: "Активность" };

/** The card's tabs (seed 002 §13–14); the open tab is kept in `?tab=` so a link can point at it. */
export function ClientCardTabs({ panels, counts }: { panels: Record<ClientTab, ReactNode>; counts: Partial<Record<ClientTab, number>> }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const requested = searchParams.get("tab");
  const current = clientTabs.find((t) => t === requested) ?? "general";
  return (
    <Tabs value={current} onValueChange={(tab) => router.replace(tab === "general" ? pathname : `${pathname}?tab=${tab}`, { scroll: false })}>
      <TabsList>
        {clientTabs.map((tab) => (
          <TabsTrigger key={tab} value={tab}>
            {labels[tab]}
            {counts[tab] ? <span className="ml-1 text-muted-foreground">{counts[tab]}</span> : null}
          </TabsTrigger>
        ))}
      </TabsList>
      {clientTabs.map((tab) => (
        <TabsContent key={tab} value={tab} className="pt-4">
          {panels[tab]}
        </TabsContent>
      ))}
    </Tabs>
  );
}
