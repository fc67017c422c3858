import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { getRole } from "@/lib/access/get-role";
import { listRoles } from "@/lib/access/list-roles";
import { recordOr404 } from "../../record-or-404";
import { RoleForm } from "../role-form";
import { roleFormValues } from "../role-form-values";

export const metadata: Metadata = { title: "Роль доступа" };

export default async function RolePage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await staffPage("access.roles.manage");
  const role = await recordOr404((await params).id, (id) => getRole(ctx, id));
  const employeeCount = (await listRoles(ctx)).find((r) => r.id === role.id)?.employeeCount ?? 0;
  return (
    <>
      <PageHeader back={{ href: "/crm/roles", label: "Роли доступа" }} title={role.name} description={role.preset ? "Стандартная роль: её можно изменить, но не удалить" : undefined} />
      <RoleForm values={roleFormValues(role)} role={{ id: role.id, preset: role.preset, employeeCount }} />
    </>
  );
}
