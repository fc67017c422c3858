import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { getOrganisationProfile } from "@/lib/org/get-organisation-profile";
import { CompanyForm } from "./company-form";
import { LogoForm } from "./logo-form";
import { profileFormValues } from "./profile-form-values";

export const metadata: Metadata = { title: "Профиль компании" };

export default async function CompanySettingsPage() {
  const ctx = await staffPage("settings.view");
  const profile = await getOrganisationProfile(ctx);
  const canManage = ctx.permissions.has("settings.manage");
  return (
    <>
      <PageHeader title="Профиль компании" description="Эти сведения видят жители в мобильном приложении и личном кабинете" />
      <LogoForm logo={profile.logo} canManage={canManage} />
      <CompanyForm values={profileFormValues(profile)} inn={profile.inn} callerIp={ctx.ip ?? null} canManage={canManage} />
    </>
  );
}
