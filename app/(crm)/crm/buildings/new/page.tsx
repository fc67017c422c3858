import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { buildingFormOptions } from "../building-form-options";
import { BuildingForm } from "../building-form";

export const metadata: Metadata = { title: "Новый объект" };

export default async function NewBuildingPage() {
  const ctx = await staffPage("settings.manage");
  return (
    <>
      <PageHeader title="Новый объект" back={{ href: "/crm/buildings", label: "Объекты" }} />
      <BuildingForm {...await buildingFormOptions(ctx)} />
    </>
  );
}
