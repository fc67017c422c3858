import { and, asc, eq, inArray } from "drizzle-orm";
import { billingRuns, buildings, employees } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { notFound } from "@/lib/core/errors";
import { outOfScope } from "@/lib/org/building-scope";
import { stalledSql } from "./rerun-billing-run";
import type { BillingRunSummary } from "./summarise-billing-run";

/** One run for its page: progress while it computes, the preview (summary) once ready. */
export async function getBillingRun(ctx: StaffContext, runId: string) {
  assertPermission(ctx, "finance.billing.run");
  const [row] = await ctx.db
    .select({ run: billingRuns, lastName: employees.lastName, firstName: employees.firstName, stalled: stalledSql })
    .from(billingRuns)
    .leftJoin(employees, eq(employees.id, billingRuns.createdBy))
    .where(and(eq(billingRuns.id, runId), eq(billingRuns.orgId, ctx.orgId)));
  if (!row) throw notFound("Расчёт начислений");
  const { run } = row;
  if (ctx.buildingIds !== null && run.buildingIds.some((id) => !ctx.buildingIds?.includes(id))) throw outOfScope();
  const houses = await ctx.db
    .select({ address: buildings.address })
    .from(buildings)
    .where(and(eq(buildings.orgId, ctx.orgId), inArray(buildings.id, run.buildingIds)))
    .orderBy(asc(buildings.address));
  return {
    ...run,
    summary: run.summary as BillingRunSummary | null,
    stalled: Boolean(row.stalled),
    addresses: houses.map((h) => h.address),
    createdByName: row.lastName ? `${row.lastName} ${row.firstName ?? ""}`.trim() : null,
  };
}

export type BillingRunView = Awaited<ReturnType<typeof getBillingRun>>;
