import type { Metadata } from "next";
import { staffPage } from "@/app/_server/staff-page";
import { PageHeader } from "@/components/crm/page-header";
import { listPremiseAccounts } from "@/lib/registry/accounts/list-premise-accounts";
import { getPremise } from "@/lib/registry/premises/get-premise";
import { buildingOptions } from "@/lib/registry/premises/building-options";
import { recordOr404 } from "../../record-or-404";
import { NewMeterForm } from "./new-meter-form";

export const metadata: Metadata = { title: "Новый прибор учёта" };

/** «Добавить прибор»: from the list (pick the premise), or from a premise's tab (`?premise=` chosen already). */
export default async function NewMeterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await staffPage("finance.meters.edit");
  const { premise: premiseParam } = await searchParams;
  const premise =
    typeof premiseParam === "string"
      ? await recordOr404(premiseParam, async (id) => {
          const [card, accounts] = await Promise.all([getPremise(ctx, id), listPremiseAccounts(ctx, id)]);
          return { id: card.id, buildingId: card.buildingId, address: card.address, clients: null, accounts: accounts.filter((a) => !a.archivedAt).map((a) => ({ value: a.id, label: a.number })) };
        })
      : null;
  return (
    <>
      <PageHeader
        back={premise ? { href: `/crm/premises/${premise.id}?tab=meters`, label: premise.address } : { href: "/crm/meters", label: "Приборы учёта" }}
        title="Новый прибор учёта"
        description="Индивидуальный прибор помещения (ИПУ) или общедомовой прибор объекта (ОДПУ) с начальными показаниями"
      />
      <NewMeterForm premise={premise} buildings={await buildingOptions(ctx)} />
    </>
  );
}
