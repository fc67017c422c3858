import type { Metadata } from "next";
import Link from "next/link";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { Button } from "@/components/ui/button";
import { listRoleGrants } from "@/lib/access/list-role-grants";
import { listRoles } from "@/lib/access/list-roles";
import { cn } from "@/lib/utils";
import { RolesComparison } from "./roles-comparison";
import { RolesList } from "./roles-list";

export const metadata: Metadata = { title: "Роли доступа" };

const views = [
  { key: "list", label: "Список", href: "/crm/roles" },
  { key: "compare", label: "Сравнение ролей", href: "/crm/roles?view=compare" },
] as const;

export default async function RolesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await staffPage("access.roles.manage");
  const view = (await searchParams).view === "compare" ? "compare" : "list";
  const roles = await listRoles(ctx);
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
      <nav aria-label="Вид" className="mb-4 inline-flex rounded-md border p-0.5 text-sm">
        {views.map((v) => (
          <Link
            key={v.key}
            href={v.href}
            aria-current={view === v.key ? "page" : undefined}
            className={cn("rounded px-3 py-1", view === v.key ? "bg-accent font-medium" : "text-muted-foreground hover:text-foreground")}
          >
            {v.label}
          </Link>
        ))}
      </nav>
      {view === "compare" ? <RolesComparison roles={roles} grants={await listRoleGrants(ctx)} /> : <RolesList roles={roles} />}
    </>
  );
}
