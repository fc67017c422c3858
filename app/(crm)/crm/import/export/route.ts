import { staffRoute } from "@/app/_server/staff-route";
import { xlsxResponse } from "@/app/_server/xlsx-response";
import { exchangeLogExportColumns, exchangeLogFiltersFrom } from "@/lib/exchange/exchange-log-view";
import { listExchangeLog } from "@/lib/exchange/list-exchange-log";
import { exportParams, parseListParams } from "@/lib/table/list-params";
import { toXlsx } from "@/lib/table/to-xlsx";

export const GET = staffRoute("registry.premises.edit", async (ctx, request) => {
  const searchParams = Object.fromEntries(new URL(request.url).searchParams);
  const { rows } = await listExchangeLog(ctx, exportParams(parseListParams(searchParams)), exchangeLogFiltersFrom(searchParams));
  return xlsxResponse(await toXlsx("Журнал импорта", exchangeLogExportColumns, rows, ctx.timezone), "журнал-импорта");
});
