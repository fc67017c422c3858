import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { gatewayPayeeOptions } from "@/lib/payments/gateways/gateway-payee-options";
import { listGateways } from "@/lib/payments/gateways/list-gateways";
import { GatewaysTable } from "./gateways-table";

export const metadata: Metadata = { title: "Платёжные шлюзы" };

/** Where residents' online payments go: a gateway per legal entity and bank account, with its commission. */
export default async function PaymentGatewaysPage() {
  const ctx = await staffPage("settings.integrations");
  const [rows, payees] = await Promise.all([listGateways(ctx), gatewayPayeeOptions(ctx)]);
  return (
    <>
      <PageHeader title="Платёжные шлюзы" description="Приём онлайн-оплаты от жителей: ЮKassa, Т-Банк или тестовый шлюз — для каждого юридического лица и расчётного счёта" />
      <GatewaysTable rows={rows.map((r) => ({ ...r, commissionMinKopecks: r.commissionMinKopecks.toString() }))} payees={payees} />
    </>
  );
}
