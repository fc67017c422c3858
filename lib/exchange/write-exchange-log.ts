import type { Db } from "@/db/client";
import { exchangeLog } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import type { ImportIssue } from "./import-issue";
import type { ImportKind } from "./import-kinds";
import { importLimits } from "./import-limits";

type Entry = {
  kind: ImportKind;
  status: "ok" | "failed" | "rejected";
  fileName: string;
  summary: Record<string, unknown>;
  /** The first problems of a rejected file are kept; the summary says how many there were. */
  errors?: ImportIssue[];
  startedAt: Date;
};

export async function writeExchangeLog(db: Db, ctx: Pick<StaffContext, "orgId" | "actor">, entry: Entry): Promise<string> {
  const [row] = await db
    .insert(exchangeLog)
    .values({
      orgId: ctx.orgId,
      kind: entry.kind,
      status: entry.status,
      fileName: entry.fileName,
      actorName: ctx.actor.name,
      summary: entry.summary,
      errors: entry.errors?.slice(0, importLimits.reportedIssues) ?? null,
      startedAt: entry.startedAt,
    })
    .returning({ id: exchangeLog.id });
  if (!row) throw new Error("exchange log insert returned no row");
  return row.id;
}
