import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { roleOptions } from "@/lib/access/role-options";
import { EmployeeForm } from "../employee-form";

export const metadata: Metadata = { title: "Новый сотрудник" };

export default async function NewEmployeePage() {
  const ctx = await staffPage("access.employees.manage");
  return (
    <>
      <PageHeader back={{ href: "/crm/employees", label: "Сотрудники" }} title="Новый сотрудник" description="Фото и доступ к объектам можно задать в карточке после добавления" />
      <EmployeeForm roles={await roleOptions(ctx)} />
    </>
  );
}
