import { staffRoute } from "@/app/_server/staff-route";
import { xlsxResponse } from "@/app/_server/xlsx-response";
import { legalEntityExportColumns } from "@/lib/org/legal-entity-export-columns";
import { legalEntityFiltersFrom } from "@/lib/org/legal-entity-filters";
import { listLegalEntities } from "@/lib/org/list-legal-entities";
import { exportParams, parseListParams } from "@/lib/table/list-params";
import { toXlsx } from "@/lib/table/to-xlsx";

export const GET = staffRoute("settings.view", async (ctx, request) => {
  const searchParams = Object.fromEntries(new URL(request.url).searchParams);
  const { rows } = await listLegalEntities(ctx, exportParams(parseListParams(searchParams)), legalEntityFiltersFrom(searchParams));
  return xlsxResponse(await toXlsx("Юридические лица", legalEntityExportColumns, rows, ctx.timezone), "юрлица");
});
