import type { Metadata } from "next";
import Link from "next/link";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { Button } from "@/components/ui/button";
import { listRoles } from "@/lib/access/list-roles";
import { RolesList } from "./roles-list";

export const metadata: Metadata = { title: "Роли доступа" };

export default async function RolesPage() {
  const ctx = await staffPage("access.roles.manage");
  return (
    <>
      <PageHeader
        title="Роли доступа"
        description="Роль задаёт, какие разделы и действия доступны сотруднику и какие уведомления он получает"
        actions={
          <Button asChild>
            <Link href="/crm/roles/new">Создать роль</Link>
          </Button>
        }
      />
      <RolesList roles={await listRoles(ctx)} />
    </>
  );
}
