import { eq } from "drizzle-orm";
import { exchangeLog } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import type { ApiExchangeKind, PaymentFileKind } from "./exchange-log-labels";
import type { ImportKind } from "./import-kinds";
import { importLimits } from "./import-limits";

type Entry = {
  kind: ImportKind | ApiExchangeKind | PaymentFileKind;
  status: "ok" | "failed" | "rejected";
  /** The file of an import; a REST API run has none. */
  fileName?: string | null;
  summary: Record<string, unknown>;
  /** The first problems of a rejected run are kept; the summary says how many there were. */
  errors?: readonly unknown[];
  startedAt: Date;
};

type LogContext = Pick<StaffContext, "db" | "orgId" | "actor">;

/** The one writer of «Журнал обмена» entries, for file imports and REST API runs alike; inside a transaction pass `{ ...ctx, db: tx }`. */
export async function writeExchangeLog(ctx: LogContext, entry: Entry): Promise<string> {
  const [row] = await ctx.db
    .insert(exchangeLog)
    .values({
      orgId: ctx.orgId,
      kind: entry.kind,
      status: entry.status,
      fileName: entry.fileName ?? null,
      actorName: ctx.actor.name,
      summary: entry.summary,
      errors: entry.errors?.length ? entry.errors.slice(0, importLimits.reportedIssues) : null,
      startedAt: entry.startedAt,
    })
    .returning({ id: exchangeLog.id });
  if (!row) throw new Error("exchange log insert returned no row");
  return row.id;
}

/**
 * The one way a bulk write is committed, for file imports and the REST API alike: one transaction holds the whole
 * apply and its `ok` log entry, so a committed run is always logged and a failed one leaves nothing (its caller
 * logs the refusal afterwards). `apply` gets the context as `{ ...ctx, db: tx }` and the entry's id, and may return
 * the summary it ends with.
 */
export async function applyExchange<T>(
  ctx: StaffContext,
  entry: Pick<Entry, "kind" | "fileName" | "summary" | "startedAt">,
  apply: (tx: StaffContext, logId: string) => Promise<{ value: T; summary?: Record<string, unknown> }>,
): Promise<{ value: T; logId: string }> {
  return ctx.db.transaction(async (db) => {
    const tx = { ...ctx, db };
    const logId = await writeExchangeLog(tx, { ...entry, status: "ok" });
    const { value, summary } = await apply(tx, logId);
    if (summary) await db.update(exchangeLog).set({ summary }).where(eq(exchangeLog.id, logId));
    return { value, logId };
  });
}
