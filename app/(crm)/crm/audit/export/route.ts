import { staffRoute } from "@/app/_server/staff-route";
import { xlsxResponse } from "@/app/_server/xlsx-response";
import { auditExportColumns } from "@/lib/audit/audit-export-columns";
import { auditFiltersFrom } from "@/lib/audit/audit-filters";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { nameAuditRecords } from "@/lib/audit/name-audit-records";
import { exportParams, parseListParams } from "@/lib/table/list-params";
import { toXlsx } from "@/lib/table/to-xlsx";

export const GET = staffRoute("audit.view", async (ctx, request) => {
  const searchParams = Object.fromEntries(new URL(request.url).searchParams);
  const { rows } = await listAuditLog(ctx, exportParams(parseListParams(searchParams)), auditFiltersFrom(searchParams));
  const names = await nameAuditRecords(ctx, rows);
  return xlsxResponse(await toXlsx("Журнал действий", auditExportColumns(ctx.timezone, names), rows, ctx.timezone), "журнал-действий");
});
