import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { listRegistrationRequests } from "@/lib/residents/registration/list-registration-requests";
import { registrationRequestFiltersFrom } from "@/lib/residents/registration/registration-request-filters";
import { parseListParams } from "@/lib/table/list-params";
import { ClientsTabs } from "../clients-tabs";
import { RegistrationRequestsTable } from "./registration-requests-table";

export const metadata: Metadata = { title: "Заявки на регистрацию" };

export default async function RegistrationRequestsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await staffPage("registry.clients.edit");
  const sp = await searchParams;
  const page = await listRegistrationRequests(ctx, parseListParams(sp), registrationRequestFiltersFrom(sp));
  return (
    <>
      <PageHeader
        title="Заявки на регистрацию"
        description="Жители, которые зарегистрировались в кабинете по номеру лицевого счёта и фамилии. Одобрение даёт доступ к помещению."
      />
      <ClientsTabs />
      <RegistrationRequestsTable rows={page.rows} total={page.total} timezone={ctx.timezone} />
    </>
  );
}
