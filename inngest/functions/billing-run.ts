import { z } from "zod";
import { getDb } from "@/app/_server/db";
import { processBillingRun } from "@/lib/billing/run/process-billing-run";
import { defineJob } from "../client";

export const BILLING_RUN_REQUESTED = "billing/run.requested";

/**
 * Computes a billing run's drafts. The run row carries the cursor and progress, so a retry (or «Продолжить» after a
 * crash) continues after the last committed chunk instead of starting over.
 */
export const billingRunJob = defineJob({
  id: "billing-run",
  event: BILLING_RUN_REQUESTED,
  schema: z.object({ runId: z.uuid() }),
  retries: 2,
  inBackground: true,
  run: async ({ runId }) => processBillingRun(await getDb(), runId),
});
