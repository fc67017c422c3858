import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { getBuilding } from "@/lib/org/get-building";
import { listBuildingPremises } from "@/lib/registry/premises/list-building-premises";
import { recordOr404 } from "../../record-or-404";
import { buildingFormOptions } from "../building-form-options";
import { BuildingForm } from "../building-form";
import { BuildingPassport } from "./building-passport";
import { BuildingPremises } from "./building-premises";
import { BuildingWindowForm } from "./building-window-form";
import { collectionWindowSettings } from "@/lib/meters/collection-window-settings";

export const metadata: Metadata = { title: "Объект" };

const editable = [
  "postalCode",
  "region",
  "city",
  "street",
  "house",
  "block",
  "structure",
  "groupId",
  "quarterId",
  "legalEntityId",
  "externalId",
  "yearBuilt",
  "floors",
  "entrances",
  "totalArea",
  "livingArea",
  "nonResidentialArea",
  "cadastralNumber",
  "fiasCode",
  "gisHousingCode",
  "managementStartDate",
] as const;
const areas: readonly string[] = ["totalArea", "livingArea", "nonResidentialArea"];

/** The building card: everyone who sees the building reads its passport and premises; settings.manage edits it. */
export default async function BuildingPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await staffPage();
  const building = await recordOr404((await params).id, (id) => getBuilding(ctx, id));
  const canEdit = ctx.permissions.has("settings.manage");
  const premises = ctx.permissions.has("registry.premises.view") ? await listBuildingPremises(ctx, building.id) : null;
  const window = canEdit ? (await collectionWindowSettings(ctx)).org : null;
  // Form fields hold "" for an empty value (the schema turns it back into null) and areas with a decimal comma.
  const values = Object.fromEntries(
    editable.map((k) => {
      const value = building[k] === null ? "" : String(building[k]);
      return [k, areas.includes(k) ? value.replace(".", ",") : value];
    }),
  ) as Record<(typeof editable)[number], string>;
  return (
    <>
      <PageHeader back={{ href: "/crm/buildings", label: "Объекты" }} title={building.address} description={building.archivedAt ? "Объект в архиве" : undefined} />
      <div className="space-y-10">
        {premises && <BuildingPremises buildingId={building.id} {...premises} />}
        {canEdit ? (
          <section aria-labelledby="building-data" className="space-y-3">
            <h2 id="building-data" className="text-lg font-semibold">
              Данные объекта
            </h2>
            <BuildingForm building={{ ...values, id: building.id, archived: building.archivedAt !== null }} {...await buildingFormOptions(ctx)} />
          </section>
        ) : (
          <BuildingPassport building={building} />
        )}
        {window && (
          <section aria-labelledby="building-window" className="space-y-3">
            <h2 id="building-window" className="text-lg font-semibold">
              Приём показаний
            </h2>
            <BuildingWindowForm buildingId={building.id} own={{ startDay: building.meterWindowStartDay, endDay: building.meterWindowEndDay }} organisation={window} />
          </section>
        )}
      </div>
    </>
  );
}
