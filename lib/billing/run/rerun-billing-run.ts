import { sql } from "drizzle-orm";
import { billingRuns } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { AppError, notFound } from "@/lib/core/errors";
import { queryRows } from "@/lib/exchange/plan/bulk-sql";
import { outOfScope } from "@/lib/org/building-scope";

/**
 * A run that says it computes but has not moved for two minutes: its process died (a restart in embedded mode, where
 * no Inngest retries it). A chunk touches the row every few seconds, so a live run never looks like this.
 */
export const stalledSql = sql<boolean>`(${billingRuns.status} in ('queued', 'running') and ${billingRuns.updatedAt} < now() - interval '2 minutes')`;

/**
 * «Пересчитать»: the run starts over from the first account and replaces its drafts (issued invoices stay as they
 * are); «Продолжить» (`from: "cursor"`) resumes a failed or stalled run after its last committed chunk. Either way the entry
 * point starts the job again.
 */
const rerunAction = { start: "billing_run.restarted", cursor: "billing_run.resumed" } as const;

export async function rerunBillingRun(ctx: StaffContext, runId: string, from: "start" | "cursor"): Promise<void> {
  assertPermission(ctx, "finance.billing.run");
  await ctx.db.transaction(async (tx) => {
    const [run] = await queryRows<{ status: string; building_ids: string[]; stalled: boolean }>(
      tx,
      sql`select status, to_jsonb(building_ids) as building_ids, ${stalledSql} as stalled from billing_runs where id = ${runId} and org_id = ${ctx.orgId} for update`,
    );
    if (!run) throw notFound("Расчёт начислений");
    if (ctx.buildingIds !== null && run.building_ids.some((id) => !ctx.buildingIds?.includes(id))) throw outOfScope();
    const allowed = from === "start" ? ["ready", "failed"] : ["failed"];
    if (!allowed.includes(run.status) && !run.stalled) {
      throw new AppError("CONFLICT", from === "start" ? "Пересчитать можно готовый или прерванный расчёт, ещё не выставленный" : "Продолжить можно только прерванный расчёт");
    }
    const reset = from === "start" ? sql`, cursor_account_id = null, processed_accounts = 0, summary = null, started_at = null, finished_at = null` : sql``;
    await tx.execute(sql`update billing_runs set status = 'queued', error = null, updated_at = now() ${reset} where id = ${runId}`);
    await writeAudit(tx, ctx, { action: rerunAction[from], entityType: "billing_run", entityId: runId });
  });
}
