import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { hasPermission } from "@/lib/access/assert-permission";
import { StatementImport } from "./statement-import";

export const metadata: Metadata = { title: "Загрузка выписки" };

/** «Платежи → Загрузка выписки»: a bank statement from 1C or a bank's payment registry, previewed, then booked. */
export default async function PaymentsImportPage() {
  const ctx = await staffPage("finance.payments.edit");
  if (!hasPermission(ctx, "finance.payments.view")) forbidden();
  return (
    <>
      <PageHeader
        title="Загрузка выписки"
        description="Платежи, поступившие на расчётный счёт: выписка из клиент-банка в формате 1С (1CClientBankExchange) или реестр платежей банка (CSV)"
        back={{ href: "/crm/payments", label: "Платежи" }}
      />
      <StatementImport />
    </>
  );
}
