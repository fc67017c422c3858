import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { SetupChecklist } from "./setup-checklist";
import { WorkHome } from "./work-home";

export const metadata: Metadata = { title: "Главная" };

/**
 * Each role's home: whoever may change the organisation's settings sets it up (the checklist); everyone else
 * starts from their own work — a dispatcher has no use for «Добавьте юридическое лицо».
 */
export default async function CrmHomePage() {
  const ctx = await staffPage();
  return ctx.permissions.has("settings.manage") ? <SetupChecklist ctx={ctx} /> : <WorkHome ctx={ctx} />;
}
