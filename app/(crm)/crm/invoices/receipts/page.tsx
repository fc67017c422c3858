import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { todayIn } from "@/lib/core/date-time";
import { buildingOptions } from "@/lib/registry/premises/building-options";
import { ReceiptsBatchForm } from "./receipts-batch-form";

export const metadata: Metadata = { title: "Квитанции дома" };

/** A building's receipts for a month as one PDF to print; the exports' job page shows progress and gives the file. */
export default async function ReceiptsBatchPage() {
  const ctx = await staffPage("finance.invoices.view");
  return (
    <>
      <PageHeader title="Квитанции дома за месяц" description="Один PDF со всеми выставленными квитанциями (ЕПД) дома — для печати и раскладки по ящикам" back={{ href: "/crm/invoices", label: "Счета" }} />
      <ReceiptsBatchForm buildings={await buildingOptions(ctx)} period={todayIn(ctx.timezone).slice(0, 7)} />
    </>
  );
}
