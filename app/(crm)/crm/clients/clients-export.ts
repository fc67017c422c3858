import { staffRoute } from "@/app/_server/staff-route";
import { xlsxResponse } from "@/app/_server/xlsx-response";
import { clientExportColumns } from "@/lib/registry/clients/client-export-columns";
import { clientFiltersFrom } from "@/lib/registry/clients/client-filters";
import { listClients } from "@/lib/registry/clients/list-clients";
import { exportParams, parseListParams } from "@/lib/table/list-params";
import { toXlsx } from "@/lib/table/to-xlsx";

/** Exactly the rows the tab shows with its search and filters, every page. */
export function clientsExport(unidentified: boolean) {
  return staffRoute("registry.clients.view", async (ctx, request) => {
    const searchParams = Object.fromEntries(new URL(request.url).searchParams);
    const { rows } = await listClients(ctx, exportParams(parseListParams(searchParams)), clientFiltersFrom(searchParams, unidentified));
    return xlsxResponse(await toXlsx("Клиенты", clientExportColumns, rows, ctx.timezone), unidentified ? "неидентифицированные-клиенты" : "клиенты");
  });
}
