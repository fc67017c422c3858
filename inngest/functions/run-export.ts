import { NonRetriableError } from "inngest";
import { z } from "zod";
import { getDb } from "@/db/client";
import { runExportJob } from "@/lib/exchange/exports";
import { inngest } from "../client";

export const EXPORT_REQUESTED = "exchange/export.requested";
export const exportRequestedSchema = z.object({ jobId: z.uuid() });
export type ExportRequestedData = z.infer<typeof exportRequestedSchema>;

export async function runExport(data: ExportRequestedData): Promise<void> {
  await runExportJob(await getDb(), data.jobId);
}

/**
 * Embedded mode has no job server: the export runs in this process after the response has gone, so the employee
 * sees the progress page at once instead of waiting for the file.
 */
export function runExportInBackground(data: ExportRequestedData): Promise<void> {
  void runExport(data).catch((error: unknown) => console.error(`inline job ${EXPORT_REQUESTED} failed`, error));
  return Promise.resolve();
}

export const runExportFunction = inngest.createFunction(
  // One attempt: the job marks itself failed, and a second run would find it no longer queued.
  { id: "run-export", retries: 0, triggers: [{ event: EXPORT_REQUESTED }] },
  async ({ event, step }) => {
    const parsed = exportRequestedSchema.safeParse(event.data);
    if (!parsed.success) throw new NonRetriableError(`invalid ${EXPORT_REQUESTED} payload: ${parsed.error.message}`);
    return step.run("export", () => runExport(parsed.data));
  },
);
