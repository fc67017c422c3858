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
import { UrlTabs } from "@/components/crm/url-tabs";
import { TabsTrigger } from "@/components/ui/tabs";
import type { StaffContext } from "@/lib/core/context";
import { listBuildingSuppliers } from "@/lib/payments/suppliers/building-suppliers";
import { SuppliersPanel } from "./_suppliers/suppliers-panel";
import { TariffsTab } from "./_tariffs/tariffs-tab";
import { PaymentSettingsForm } from "./_settings/payment-settings-form";
import { buildingTabFrom, buildingTabLabels, buildingTabs } from "./building-tab";

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

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The building card, as tabs in the URL: «Объект» (passport, or the form for settings.manage, and the meter window),
 * «Помещения» for those who see premises, «Тарифы» (seed 000 §7) and «Настройки» with the payment options (§8).
 */
export default async function BuildingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const ctx = await staffPage();
  const building = await recordOr404((await params).id, (id) => getBuilding(ctx, id));
  const sp = await searchParams;
  const allowed = buildingTabs.filter(
    (t) => (t !== "premises" || ctx.permissions.has("registry.premises.view")) && (t !== "suppliers" || ctx.permissions.has("finance.tariffs.edit")),
  );
  const tab = buildingTabFrom(sp.tab, allowed);
  const content = {
    object: () => <ObjectTab ctx={ctx} building={building} />,
    premises: async () => <BuildingPremises buildingId={building.id} {...await listBuildingPremises(ctx, building.id)} />,
    tariffs: () => <TariffsTab ctx={ctx} buildingId={building.id} searchParams={sp} />,
    suppliers: async () => <SuppliersPanel buildingId={building.id} query={typeof sp.sq === "string" ? sp.sq : ""} {...await listBuildingSuppliers(ctx, building.id, typeof sp.sq === "string" ? sp.sq : "")} />,
    settings: () => (
      <section aria-labelledby="building-payments" className="space-y-3">
        <h2 id="building-payments" className="text-lg font-semibold">
          Платежи
        </h2>
        <PaymentSettingsForm
          canEdit={ctx.permissions.has("finance.tariffs.edit")}
          values={{
            buildingId: building.id,
            onlinePayment: building.onlinePayment,
            arbitraryAmount: building.arbitraryAmount,
            acceptWithoutInvoices: building.acceptWithoutInvoices,
            insuranceAfterFullRepayment: building.insuranceAfterFullRepayment,
            insuranceWithAdvance: building.insuranceWithAdvance,
            penaltiesOneLine: building.penaltiesOneLine,
          }}
        />
      </section>
    ),
  }[tab];
  return (
    <>
      <PageHeader back={{ href: "/crm/buildings", label: "Объекты" }} title={building.address} description={building.archivedAt ? "Объект в архиве" : undefined} />
      <UrlTabs
        tab={tab}
        triggers={allowed.map((t) => (
          <TabsTrigger key={t} value={t}>
            {buildingTabLabels[t]}
          </TabsTrigger>
        ))}
      >
        {await content()}
      </UrlTabs>
    </>
  );
}

type Building = Awaited<ReturnType<typeof getBuilding>>;

/** «Объект»: the data form for settings.manage (the passport for the others) and the building's meter window. */
async function ObjectTab({ ctx, building }: { ctx: StaffContext; building: Building }) {
  const canEdit = ctx.permissions.has("settings.manage");
  if (!canEdit) return <BuildingPassport building={building} />;
  const window = (await collectionWindowSettings(ctx)).org;
  // Form fields hold "" for an empty value (the schema turns it back into null) and areas with a decimal comma.
  const values = Object.fromEntries(
    editable.map((k) => {
      const value = building[k] === null ? "" : String(building[k]);
      return [k, areas.includes(k) ? value.replace(".", ",") : value];
    }),
  ) as Record<(typeof editable)[number], string>;
  return (
    <div className="space-y-10">
      <section aria-labelledby="building-data" className="space-y-3">
        <h2 id="building-data" className="text-lg font-semibold">
          Данные объекта
        </h2>
        <BuildingForm building={{ ...values, id: building.id, archived: building.archivedAt !== null }} {...await buildingFormOptions(ctx)} />
      </section>
      <section aria-labelledby="building-window" className="space-y-3">
        <h2 id="building-window" className="text-lg font-semibold">
          Приём показаний
        </h2>
        <BuildingWindowForm buildingId={building.id} own={{ startDay: building.meterWindowStartDay, endDay: building.meterWindowEndDay }} organisation={window} />
      </section>
    </div>
  );
}
