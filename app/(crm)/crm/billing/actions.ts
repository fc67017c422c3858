"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/app/_server/staff-action";
import { dispatch } from "@/inngest/dispatch";
import { BILLING_RUN_REQUESTED } from "@/inngest/functions/billing-run";
import { issueInvoices } from "@/lib/billing/issue-invoices";
import { billingRunIdSchema, startBillingRunSchema } from "@/lib/billing/run/billing-run-schema";
import { rerunBillingRun } from "@/lib/billing/run/rerun-billing-run";
import { startBillingRun } from "@/lib/billing/run/start-billing-run";

const refresh = () => {
  revalidatePath("/crm/billing", "layout");
  revalidatePath("/crm/invoices", "layout");
};

/** «Рассчитать»: the run row, then the job (inline in embedded mode, after the answer); the page follows its progress. */
export const startBillingRunAction = staffAction("finance.billing.run", startBillingRunSchema, async (ctx, input) => {
  const run = await startBillingRun(ctx, input);
  await dispatch(BILLING_RUN_REQUESTED, { runId: run.id });
  refresh();
  return run;
});

/** «Пересчитать»: from the first account again, replacing the run's drafts. */
export const recalculateBillingRunAction = staffAction("finance.billing.run", billingRunIdSchema, async (ctx, { runId }) => {
  await rerunBillingRun(ctx, runId, "start");
  await dispatch(BILLING_RUN_REQUESTED, { runId });
  refresh();
  return { id: runId };
});

/** «Продолжить»: a run that failed halfway goes on after its last committed chunk. */
export const continueBillingRunAction = staffAction("finance.billing.run", billingRunIdSchema, async (ctx, { runId }) => {
  await rerunBillingRun(ctx, runId, "cursor");
  await dispatch(BILLING_RUN_REQUESTED, { runId });
  refresh();
  return { id: runId };
});

/** «Выставить все»: every draft of the run becomes an issued invoice posted to the ledger. */
export const issueBillingRunAction = staffAction("finance.billing.run", billingRunIdSchema, async (ctx, { runId }) => {
  const result = await issueInvoices(ctx, { runId });
  refresh();
  return result;
});
