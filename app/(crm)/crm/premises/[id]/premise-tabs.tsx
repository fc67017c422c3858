"use client";

import { usePathname, useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Tabs, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { cn } from "@/lib/utils";
import type { PremiseTab } from "./premise-tab";

/**
 * The card's tabs live in the URL (?tab=…), so a tab can be linked to and survives a reload; the server renders only
 * the open tab. While the next one loads, the old content stays, dimmed.
 */
export function PremiseTabs({
  tab,
  counts,
  showMeters,
  children,
}: {
  tab: PremiseTab;
  counts: { all: number; openRequests: number };
  /** «Приборы учёта» only for those who may see meters (finance.readings.view). */
  showMeters: boolean;
  children: ReactNode;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [requested, setRequested] = useState(tab);
  const value = pending ? requested : tab;
  return (
    <Tabs
      value={value}
      onValueChange={(next) => {
        setRequested(next as PremiseTab);
        startTransition(() => router.push(`${pathname}?tab=${next}`, { scroll: false }));
      }}
    >
      <TabsList className="h-auto flex-wrap">
        <TabsTrigger value="general">Общие сведения</TabsTrigger>
        <TabsTrigger value="clients">Клиенты</TabsTrigger>
        <TabsTrigger value="accounts">Лицевые счета</TabsTrigger>
        {showMeters && <TabsTrigger value="meters">Приборы учёта</TabsTrigger>}
        <TabsTrigger value="documents">Документы</TabsTrigger>
        <TabsTrigger value="activity" className="gap-1.5">
          Активность
          <Badge className="bg-emerald-600 text-white">{counts.openRequests} в работе</Badge>
          <Badge variant="secondary">{counts.all} всего</Badge>
        </TabsTrigger>
      </TabsList>
      <div className={cn("pt-2 transition-opacity", pending && "opacity-60")}>{children}</div>
    </Tabs>
  );
}
