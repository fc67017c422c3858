import { staffRoute } from "@/app/_server/staff-route";
import { xlsxResponse } from "@/app/_server/xlsx-response";
import { buildingExportColumns } from "@/lib/org/building-export-columns";
import { buildingFiltersFrom } from "@/lib/org/building-filters";
import { listBuildings } from "@/lib/org/list-buildings";
import { exportParams, parseListParams } from "@/lib/table/list-params";
import { toXlsx } from "@/lib/table/to-xlsx";

export const GET = staffRoute(null, async (ctx, request) => {
  const searchParams = Object.fromEntries(new URL(request.url).searchParams);
  const { rows } = await listBuildings(ctx, exportParams(parseListParams(searchParams)), buildingFiltersFrom(searchParams));
  return xlsxResponse(await toXlsx("Объекты", buildingExportColumns, rows, ctx.timezone), "объекты");
});
