import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { ReadingsEntry } from "./readings-entry";

export const metadata: Metadata = { title: "Ввод показаний" };

export default async function ReadingsEntryPage() {
  await staffPage("finance.readings.enter");
  return (
    <>
      <PageHeader
        title="Ввод показаний"
        description="Найдите помещение по адресу, лицевому счёту или фамилии собственника и внесите показания всех его приборов учёта"
      />
      <ReadingsEntry />
    </>
  );
}
