import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { billingRuns, buildings } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { AppError, notFound } from "@/lib/core/errors";
import { queryRows } from "@/lib/exchange/plan/bulk-sql";
import { buildingScope, outOfScope } from "@/lib/org/building-scope";
import type { StartBillingRunInput } from "./billing-run-schema";

/**
 * Queues a billing run for the period and buildings; the entry point then starts the job (process-billing-run).
 * Refused while another run of the period over any of the same buildings is still computing: the two would replace
 * each other's drafts chunk by chunk.
 */
export async function startBillingRun(ctx: StaffContext, input: StartBillingRunInput): Promise<{ id: string }> {
  assertPermission(ctx, "finance.billing.run");
  const period = `${input.year}-${String(input.month).padStart(2, "0")}`;
  return ctx.db.transaction(async (tx) => {
    const wanted = input.allBuildings ? null : [...new Set(input.buildingIds)];
    const found = await tx
      .select({ id: buildings.id })
      .from(buildings)
      .where(and(eq(buildings.orgId, ctx.orgId), isNull(buildings.archivedAt), wanted ? inArray(buildings.id, wanted) : buildingScope(ctx, buildings.id)));
    if (wanted && found.length !== wanted.length) throw notFound("Объект");
    const buildingIds = found.map((b) => b.id);
    if (wanted && ctx.buildingIds !== null && buildingIds.some((id) => !ctx.buildingIds?.includes(id))) throw outOfScope("buildingIds");
    if (!buildingIds.length) throw new AppError("VALIDATION", "Нет домов для расчёта", { buildingIds: ["Нет домов для расчёта"] });
    const busy = await queryRows<{ id: string }>(
      tx,
      sql`select id from billing_runs where org_id = ${ctx.orgId} and period = ${period} and status in ('queued', 'running', 'issuing')
            and building_ids && ${`{${buildingIds.join(",")}}`}::uuid[] limit 1 for update`,
    );
    if (busy.length) throw new AppError("CONFLICT", "Расчёт за этот период по этим домам уже идёт: дождитесь его окончания");
    const [run] = await tx
      .insert(billingRuns)
      .values({ orgId: ctx.orgId, period, buildingIds, createdBy: ctx.actor.type === "employee" ? ctx.actor.id : null })
      .returning();
    if (!run) throw new Error("billing run insert returned no row");
    await writeAudit(tx, ctx, { action: "billing_run.started", entityType: "billing_run", entityId: run.id, after: { period, buildingIds } });
    return { id: run.id };
  });
}
