import { staffRoute } from "@/app/_server/staff-route";
import { xlsxResponse } from "@/app/_server/xlsx-response";
import { listPremises } from "@/lib/registry/premises/list-premises";
import { premiseExportColumns } from "@/lib/registry/premises/premise-export-columns";
import { premiseFiltersFrom } from "@/lib/registry/premises/premise-filters";
import { exportParams, parseListParams } from "@/lib/table/list-params";
import { toXlsx } from "@/lib/table/to-xlsx";

/** Exactly the rows the premises table shows for the same search and filters, all pages. */
export const GET = staffRoute("registry.premises.view", async (ctx, request) => {
  const searchParams = Object.fromEntries(new URL(request.url).searchParams);
  const { rows } = await listPremises(ctx, exportParams(parseListParams(searchParams)), premiseFiltersFrom(searchParams));
  return xlsxResponse(await toXlsx("Помещения", premiseExportColumns, rows, ctx.timezone), "помещения");
});
