import { z } from "zod";
import { getDb } from "@/app/_server/db";
import { runExportJob as runExport } from "@/lib/exchange/exports";
import { defineJob } from "../client";

export const EXPORT_REQUESTED = "exchange/export.requested";

/** Writes one large export to storage; the export_jobs row carries its progress and the file's key. */
export const runExportJob = defineJob({
  id: "run-export",
  event: EXPORT_REQUESTED,
  schema: z.object({ jobId: z.uuid() }),
  // One attempt: the job marks itself failed, and a second run would find it no longer queued.
  retries: 0,
  inBackground: true,
  run: async ({ jobId }) => runExport(await getDb(), jobId),
});
