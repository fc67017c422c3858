import { staffRoute } from "@/app/_server/staff-route";
import { xlsxResponse } from "@/app/_server/xlsx-response";
import { employeeExportColumns } from "@/lib/access/employee-export-columns";
import { employeeFiltersFrom } from "@/lib/access/employee-filters";
import { listEmployees } from "@/lib/access/list-employees";
import { exportParams, parseListParams } from "@/lib/table/list-params";
import { toXlsx } from "@/lib/table/to-xlsx";

export const GET = staffRoute("access.employees.view", async (ctx, request) => {
  const searchParams = Object.fromEntries(new URL(request.url).searchParams);
  const { rows } = await listEmployees(ctx, exportParams(parseListParams(searchParams)), employeeFiltersFrom(searchParams));
  return xlsxResponse(await toXlsx("Сотрудники", employeeExportColumns, rows, ctx.timezone), "сотрудники");
});
