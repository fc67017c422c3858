import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";

export default async function CrmHomePage() {
  const ctx = await staffPage();
  return <PageHeader title="Начало работы" description={`Здравствуйте, ${ctx.actor.name}`} />;
}
