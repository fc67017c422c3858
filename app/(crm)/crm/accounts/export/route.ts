import { staffRoute } from "@/app/_server/staff-route";
import { xlsxResponse } from "@/app/_server/xlsx-response";
import { accountExportColumns } from "@/lib/registry/accounts/account-export-columns";
import { accountFiltersFrom } from "@/lib/registry/accounts/account-filters";
import { listAccounts } from "@/lib/registry/accounts/list-accounts";
import { exportParams, parseListParams } from "@/lib/table/list-params";
import { toXlsx } from "@/lib/table/to-xlsx";

/** Exactly the rows the accounts table shows for the same search and filters, all pages. */
export const GET = staffRoute("registry.premises.view", async (ctx, request) => {
  const searchParams = Object.fromEntries(new URL(request.url).searchParams);
  const { rows } = await listAccounts(ctx, exportParams(parseListParams(searchParams)), accountFiltersFrom(searchParams));
  return xlsxResponse(await toXlsx("Лицевые счета", accountExportColumns, rows, ctx.timezone), "лицевые-счета");
});
