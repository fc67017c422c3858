import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { CollectionRateWidget } from "./collection-rate-widget";
import { SetupChecklist } from "./setup-checklist";
import { WorkHome } from "./work-home";

export const metadata: Metadata = { title: "Главная" };

/**
 * Each role's home: whoever may change the organisation's settings sets it up (the checklist); everyone else
 * starts from their own work — a dispatcher has no use for «Добавьте юридическое лицо». Finance sees the collection rate.
 */
export default async function CrmHomePage() {
  const ctx = await staffPage();
  return (
    <>
      {ctx.permissions.has("settings.manage") ? <SetupChecklist ctx={ctx} /> : <WorkHome ctx={ctx} />}
      {ctx.permissions.has("finance.payments.view") && <CollectionRateWidget ctx={ctx} />}
    </>
  );
}
