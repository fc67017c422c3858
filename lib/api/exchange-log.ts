import { exchangeLog } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";

export type ExchangeRun = {
  kind: string;
  status: "ok" | "failed" | "rejected";
  summary: Record<string, unknown>;
  errors?: unknown[];
  startedAt: Date;
};

/** Every API run is logged, accepted or not, so staff can see what an integration sent and why it was refused. */
export async function writeExchangeLog(ctx: StaffContext, run: ExchangeRun): Promise<void> {
  await ctx.db.insert(exchangeLog).values({
    orgId: ctx.orgId,
    kind: run.kind,
    status: run.status,
    actorName: ctx.actor.name,
    summary: run.summary,
    errors: run.errors?.length ? run.errors : null,
    startedAt: run.startedAt,
  });
}
