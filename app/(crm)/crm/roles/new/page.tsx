import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { RoleForm } from "../role-form";
import { roleFormValues } from "../role-form-values";

export const metadata: Metadata = { title: "Новая роль" };

export default async function NewRolePage() {
  await staffPage("access.roles.manage");
  return (
    <>
      <PageHeader back={{ href: "/crm/roles", label: "Роли доступа" }} title="Новая роль" description="Отметьте разрешения и уведомления для сотрудников с этой ролью" />
      <RoleForm values={roleFormValues()} />
    </>
  );
}
