import { staffRoute } from "@/app/_server/staff-route";
import { xlsxResponse } from "@/app/_server/xlsx-response";
import { listRegistrationRequests } from "@/lib/residents/registration/list-registration-requests";
import { registrationRequestExportColumns } from "@/lib/residents/registration/registration-request-export-columns";
import { registrationRequestFiltersFrom } from "@/lib/residents/registration/registration-request-filters";
import { exportParams, parseListParams } from "@/lib/table/list-params";
import { toXlsx } from "@/lib/table/to-xlsx";

export const GET = staffRoute("registry.clients.edit", async (ctx, request) => {
  const searchParams = Object.fromEntries(new URL(request.url).searchParams);
  const { rows } = await listRegistrationRequests(ctx, exportParams(parseListParams(searchParams)), registrationRequestFiltersFrom(searchParams));
  return xlsxResponse(await toXlsx("Заявки на регистрацию", registrationRequestExportColumns, rows, ctx.timezone), "заявки-на-регистрацию");
});
