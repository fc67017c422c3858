import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { buildingOptions } from "@/lib/registry/premises/building-options";
import { InspectionClient } from "./inspection-client";

export const metadata: Metadata = { title: "Обход квартир" };

export default async function InspectionPage() {
  const ctx = await staffPage("finance.readings.enter");
  return <InspectionClient buildings={await buildingOptions(ctx)} />;
}
