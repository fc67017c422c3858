"use server";

import { staffAction } from "@/app/_server/staff-action";
import { dispatch } from "@/inngest/dispatch";
import { EXPORT_REQUESTED } from "@/inngest/functions/run-export";
import { receiptsBatchSchema } from "@/lib/billing/receipts/receipts-batch-schema";
import { AppError } from "@/lib/core/errors";
import { startExport } from "@/lib/exchange/exports";

/** «Сформировать PDF»: queues the building's receipts as an export job; the form then opens the job's page. */
export const startReceiptsBatchAction = staffAction("finance.invoices.view", receiptsBatchSchema, async (ctx, input) => {
  const started = await startExport(ctx, "receipts", input);
  // The receipts kind always runs in the background (export-kinds.ts); an inline answer would be a wiring mistake.
  if (!("jobId" in started)) throw new AppError("INTERNAL", "Пакет квитанций не поставлен в очередь");
  await dispatch(EXPORT_REQUESTED, { jobId: started.jobId });
  return { jobId: started.jobId };
});
