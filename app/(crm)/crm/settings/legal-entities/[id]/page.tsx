import type { Metadata } from "next";
import { recordOr404 } from "@/app/(crm)/crm/record-or-404";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { getLegalEntity } from "@/lib/org/get-legal-entity";
import { LegalEntityForm } from "../legal-entity-form";
import { BankAccounts } from "./bank-accounts";

export const metadata: Metadata = { title: "Юридическое лицо" };

export default async function LegalEntityPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await staffPage("settings.view");
  const entity = await recordOr404((await params).id, (id) => getLegalEntity(ctx, id));
  const canManage = ctx.permissions.has("settings.manage");
  const { id, name, inn, kpp, ogrn, address, phone, email, archivedAt, bankAccounts } = entity;
  // Form fields hold "" for an empty value; the schema turns "" back into null on save.
  const values = { name, inn, kpp: kpp ?? "", ogrn: ogrn ?? "", address: address ?? "", phone: phone ?? "", email: email ?? "" };
  return (
    <>
      <PageHeader back={{ href: "/crm/settings/legal-entities", label: "Юридические лица" }} title={name} description={archivedAt ? "Юридическое лицо в архиве" : `ИНН ${inn}`} />
      <div className="space-y-10">
        <LegalEntityForm entity={{ ...values, id, archived: archivedAt !== null }} canManage={canManage} />
        <BankAccounts legalEntityId={id} accounts={bankAccounts} canManage={canManage && archivedAt === null} />
      </div>
    </>
  );
}
