import { dispatch } from "@/inngest/dispatch";
import { EXPORT_REQUESTED } from "@/inngest/functions/run-export";
import { startExport } from "@/lib/exchange/exports";
import { exportKinds, type ExportKindName } from "@/lib/exchange/export-kinds";
import { staffRoute } from "./staff-route";
import { xlsxResponse } from "./xlsx-response";

/**
 * A list's «Excel» route: the same search and filters as the table, every row. Small lists download at once; a large
 * one starts a background job and the browser is sent to its progress page.
 */
export function exportRoute(kind: ExportKindName) {
  return staffRoute(exportKinds[kind].permission, async (ctx, request) => {
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const started = await startExport(ctx, kind, query);
    if ("jobId" in started) {
      await dispatch(EXPORT_REQUESTED, { jobId: started.jobId });
      return new Response(null, { status: 303, headers: { Location: `/crm/exports/${started.jobId}` } });
    }
    return xlsxResponse(started.inline, started.fileName, ctx.timezone);
  });
}
