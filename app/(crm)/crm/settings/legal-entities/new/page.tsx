import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { LegalEntityForm } from "../legal-entity-form";

export const metadata: Metadata = { title: "Новое юридическое лицо" };

export default async function NewLegalEntityPage() {
  await staffPage("settings.manage");
  return (
    <>
      <PageHeader back={{ href: "/crm/settings/legal-entities", label: "Юридические лица" }} title="Новое юридическое лицо" description="После сохранения добавьте банковский счёт" />
      <LegalEntityForm canManage />
    </>
  );
}
