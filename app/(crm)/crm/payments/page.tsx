import type { Metadata } from "next";
import Link from "next/link";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { Button } from "@/components/ui/button";
import { UrlTabs } from "@/components/crm/url-tabs";
import { TabsTrigger } from "@/components/ui/tabs";
import { hasPermission } from "@/lib/access/assert-permission";
import { listDirectory } from "@/lib/org/building-directories";
import { legalEntityOptions } from "@/lib/org/legal-entity-options";
import { gatewayOptions } from "@/lib/payments/list/gateway-options";
import { listPayments } from "@/lib/payments/list/list-payments";
import { paymentViewRow } from "@/lib/payments/list/payment-export-columns";
import { paymentFiltersFrom } from "@/lib/payments/list/payment-filters";
import { paymentItemView } from "@/lib/payments/list/payment-item-view";
import { buildingOptions } from "@/lib/registry/premises/building-options";
import { filterParam, parseListParams } from "@/lib/table/list-params";
import { OnlinePaymentsTable, ThirdPartyPaymentsTable } from "./payments-tables";

export const metadata: Metadata = { title: "Платежи" };

const toOption = (r: { id: string; name: string }) => ({ value: r.id, label: r.name });

export default async function PaymentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await staffPage("finance.payments.view");
  const sp = await searchParams;
  const tab = filterParam(sp, "tab") === "third-party" ? "thirdParty" : "online";
  const [page, groups, quarters, buildings, legalEntities, gateways] = await Promise.all([
    listPayments(ctx, tab, parseListParams(sp), paymentFiltersFrom(sp)),
    listDirectory(ctx, "group"),
    listDirectory(ctx, "quarter"),
    buildingOptions(ctx),
    legalEntityOptions(ctx),
    gatewayOptions(ctx),
  ]);
  const canEdit = hasPermission(ctx, "finance.payments.edit");
  const props = {
    canEdit,
    rows: page.rows.map((r) => paymentViewRow(r, ctx.timezone)),
    items: page.items.map(paymentItemView),
    total: page.total,
    options: { groups: groups.map(toOption), quarters: quarters.map(toOption), buildings, legalEntities, gateways },
  };
  return (
    <>
      <PageHeader title="Платежи" description="Оплаты жителей через платёжные системы и поступившие из банков, реестров и по API"
        actions={
          canEdit ? (
            <Button asChild variant="outline">
              <Link href="/crm/payments/import">Загрузить выписку</Link>
            </Button>
          ) : undefined
        }
      />
      <UrlTabs
        tab={tab === "online" ? "online" : "third-party"}
        triggers={
          <>
            <TabsTrigger value="online">Онлайн-платежи</TabsTrigger>
            <TabsTrigger value="third-party">Сторонние платежи</TabsTrigger>
          </>
        }
      >
        {tab === "online" ? <OnlinePaymentsTable {...props} /> : <ThirdPartyPaymentsTable {...props} />}
      </UrlTabs>
    </>
  );
}
