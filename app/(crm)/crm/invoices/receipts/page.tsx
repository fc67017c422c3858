import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { todayIn } from "@/lib/core/date-time";
import { buildingOptions } from "@/lib/registry/premises/building-options";

export const metadata: Metadata = { title: "Квитанции дома" };

const selectClass = "border-input h-9 w-full rounded-md border bg-transparent px-3 text-sm shadow-xs focus-visible:ring-ring/50 focus-visible:ring-[3px] outline-none";

/**
 * A building's receipts for a month as one PDF to print: the form asks for the building and month, the job page
 * (the exports' one) shows progress and gives the file. A plain GET form: nothing changes but a queued job.
 */
export default async function ReceiptsBatchPage() {
  const ctx = await staffPage("finance.invoices.view");
  const buildings = await buildingOptions(ctx);
  return (
    <>
      <PageHeader title="Квитанции дома за месяц" description="Один PDF со всеми выставленными квитанциями (ЕПД) дома — для печати и раскладки по ящикам" back={{ href: "/crm/invoices", label: "Счета" }} />
      <form action="/crm/invoices/receipts/batch" method="get" className="max-w-md space-y-4 rounded-md border p-4">
        <div className="space-y-2">
          <Label htmlFor="buildingId">Объект</Label>
          <select id="buildingId" name="buildingId" required className={selectClass} defaultValue="">
            <option value="" disabled>
              Выберите объект
            </option>
            {buildings.map((b) => (
              <option key={b.value} value={b.value}>
                {b.label}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-2">
          <Label htmlFor="period">Месяц</Label>
          <Input id="period" name="period" type="month" required defaultValue={todayIn(ctx.timezone).slice(0, 7)} />
        </div>
        <p className="text-xs text-muted-foreground">Квитанции, загруженные файлами, и счета без квитанции в PDF не входят — их число будет указано.</p>
        <Button type="submit">Сформировать PDF</Button>
      </form>
    </>
  );
}
