import { listBuildingTariffs } from "@/lib/billing/tariffs/list-building-tariffs";
import { tariffPayeeOptions } from "@/lib/billing/tariffs/payee-options";
import type { StaffContext } from "@/lib/core/context";
import { todayIn } from "@/lib/core/date-time";
import { parseListParams } from "@/lib/table/list-params";
import { TariffsTable } from "./tariffs-table";

type SearchParams = Record<string, string | string[] | undefined>;

/** Everyone who sees the building reads its tariffs; finance.tariffs.edit adds, edits and deletes them. */
export async function TariffsTab({ ctx, buildingId, searchParams }: { ctx: StaffContext; buildingId: string; searchParams: SearchParams }) {
  const canEdit = ctx.permissions.has("finance.tariffs.edit");
  const [{ rows, total }, payees] = await Promise.all([listBuildingTariffs(ctx, buildingId, parseListParams(searchParams)), canEdit ? tariffPayeeOptions(ctx) : []]);
  return <TariffsTable buildingId={buildingId} rows={rows} total={total} payees={payees} today={todayIn(ctx.timezone)} canEdit={canEdit} />;
}
