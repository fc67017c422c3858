import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { AppError } from "@/lib/core/errors";
import { getBuilding } from "@/lib/org/get-building";
import { buildingFormOptions } from "../building-form-options";
import { BuildingForm } from "../building-form";

export const metadata: Metadata = { title: "Объект" };

export default async function BuildingPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await staffPage("settings.manage");
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const building = await getBuilding(ctx, id.data).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const { address, archivedAt } = building;
  const editable = ["postalCode", "region", "city", "street", "house", "block", "structure", "groupId", "quarterId", "legalEntityId", "externalId"] as const;
  // Form fields hold "" for an empty value; the schema turns "" back into null on save.
  const values = Object.fromEntries(editable.map((k) => [k, building[k] ?? ""])) as Record<(typeof editable)[number], string>;
  return (
    <>
      <PageHeader title={address} description={archivedAt ? "Объект в архиве" : undefined} />
      <BuildingForm building={{ ...values, id: building.id, archived: archivedAt !== null }} {...await buildingFormOptions(ctx)} />
    </>
  );
}
