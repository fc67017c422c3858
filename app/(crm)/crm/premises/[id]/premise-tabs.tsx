"use client";

import type { ReactNode } from "react";
import { UrlTabs } from "@/components/crm/url-tabs";
import { Badge } from "@/components/ui/badge";
import { TabsTrigger } from "@/components/ui/tabs";
import type { PremiseTab } from "./premise-tab";

/** The premise card's tabs (seed 002 §5), in the URL like every card's. */
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
  return (
    <UrlTabs
      tab={tab}
      triggers={
        <>
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
        </>
      }
    >
      {children}
    </UrlTabs>
  );
}
