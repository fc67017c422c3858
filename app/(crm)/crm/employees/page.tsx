import type { Metadata } from "next";
import Link from "next/link";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { Button } from "@/components/ui/button";
import { employeeFiltersFrom } from "@/lib/access/employee-filters";
import { listEmployees } from "@/lib/access/list-employees";
import { roleOptions } from "@/lib/access/role-options";
import { parseListParams } from "@/lib/table/list-params";
import { EmployeesTable } from "./employees-table";

export const metadata: Metadata = { title: "Сотрудники" };

export default async function EmployeesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await staffPage("access.employees.view");
  const sp = await searchParams;
  const [page, roles] = await Promise.all([listEmployees(ctx, parseListParams(sp), employeeFiltersFrom(sp)), roleOptions(ctx)]);
  const canEdit = ctx.permissions.has("access.employees.manage");
  return (
    <>
      <PageHeader
        title="Сотрудники"
        description="Сотрудники организации и их роли доступа. Должность — просто подпись, права задаёт роль"
        actions={
          canEdit && (
            <Button asChild>
              <Link href="/crm/employees/new">Добавить сотрудника</Link>
            </Button>
          )
        }
      />
      <EmployeesTable rows={page.rows} total={page.total} canEdit={canEdit} roles={roles} timezone={ctx.timezone} />
    </>
  );
}
