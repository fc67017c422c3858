import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { listPenaltyRates } from "@/lib/billing/penalty-rates/list-penalty-rates";
import { billingSettings } from "@/lib/billing/update-billing-settings";
import { BillingSettingsForm } from "./billing-settings-form";
import { PenaltyRatesTable } from "./penalty-rates-table";

export const metadata: Metadata = { title: "Начисления и пени" };

/** The organisation's billing deadlines, how overdue days count, and the dated rates penalties use (DOMAIN.md). */
export default async function BillingSettingsPage() {
  const ctx = await staffPage("settings.view");
  const canManage = ctx.permissions.has("settings.manage");
  const [settings, rates] = await Promise.all([billingSettings(ctx), listPenaltyRates(ctx)]);
  return (
    <>
      <PageHeader title="Начисления и пени" description="Сроки выставления и оплаты счетов, правила просрочки и ставки, по которым начисляются пени" />
      <BillingSettingsForm
        canManage={canManage}
        values={{
          paymentDueDay: String(settings.paymentDueDay),
          documentDay: String(settings.documentDay),
          penaltyCountsPaymentDay: settings.penaltyCountsPaymentDay,
          penaltyDueDayOnTime: settings.penaltyDueDayOnTime,
        }}
      />
      <section aria-labelledby="penalty-rates" className="mt-10 space-y-3">
        <h2 id="penalty-rates" className="text-lg font-semibold">
          Ставки для расчёта пеней
        </h2>
        <p className="max-w-3xl text-sm text-muted-foreground">
          Пени (ЖК РФ ст. 155 ч. 14): с 31-го по 90-й день просрочки — 1/300 ставки в день, с 91-го — 1/130; по взносам на капремонт — 1/300 с первого дня. Берётся
          меньшая из ключевой ставки и предельной (ПП 474). Ставки справочника обновляются с продуктом; новое решение Банка России можно добавить самим.
        </p>
        <PenaltyRatesTable rows={rates} canManage={canManage} />
      </section>
    </>
  );
}
