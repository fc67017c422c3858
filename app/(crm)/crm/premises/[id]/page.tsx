import { Info } from "lucide-react";
import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { countPremiseActivity } from "@/lib/registry/activity/count-premise-activity";
import { getPremise } from "@/lib/registry/premises/get-premise";
import { premiseTypeInfo } from "@/lib/registry/premises/premise-types";
import { recordOr404 } from "../../record-or-404";
import { AccountsTab } from "./_accounts/accounts-tab";
import { ActivityTab } from "./_activity/activity-tab";
import { ClientsTab } from "./_clients/clients-tab";
import { DocumentsTab } from "./_documents/documents-tab";
import { GeneralTab } from "./_general/general-tab";
import { MetersTab } from "./_meters/meters-tab";
import { premiseTabFrom } from "./premise-tab";
import { PremiseTabs } from "./premise-tabs";

export const metadata: Metadata = { title: "Помещение" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function PremisePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const ctx = await staffPage("registry.premises.view");
  const premise = await recordOr404((await params).id, (id) => getPremise(ctx, id));
  const sp = await searchParams;
  const showMeters = ctx.permissions.has("finance.readings.view");
  const requested = premiseTabFrom(sp.tab);
  const tab = requested === "meters" && !showMeters ? "general" : requested;
  const counts = await countPremiseActivity(ctx, premise.id);
  const content = {
    general: () => <GeneralTab ctx={ctx} premise={premise} />,
    clients: () => <ClientsTab ctx={ctx} premise={premise} />,
    accounts: () => <AccountsTab ctx={ctx} premise={premise} />,
    meters: () => <MetersTab ctx={ctx} premise={premise} />,
    documents: () => <DocumentsTab ctx={ctx} premise={premise} searchParams={sp} />,
    activity: () => <ActivityTab ctx={ctx} premise={premise} searchParams={sp} />,
  }[tab];
  return (
    <>
      <PageHeader
        back={{ href: "/crm/premises", label: "Помещения" }}
        title={premise.address}
        description={`${premiseTypeInfo[premise.type].label}${premise.archivedAt ? " · в архиве" : ""}`}
      />
      {premise.note && (
        <p className="mb-4 flex items-start gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          <Info className="mt-0.5 size-4 shrink-0" />
          <span className="whitespace-pre-line">{premise.note}</span>
        </p>
      )}
      <PremiseTabs tab={tab} counts={counts} showMeters={showMeters}>
        {content()}
      </PremiseTabs>
    </>
  );
}
