import type { Db } from "@/db/client";
import { exchangeLog } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import type { ImportIssue } from "./import-issue";
import type { ImportKind } from "./import-kinds";

/** The log keeps the first problems of a rejected file; the count says how many there were. */
export const LOGGED_ISSUES = 1000;

type Entry = {
  kind: ImportKind;
  status: "ok" | "failed" | "rejected";
  fileName: string;
  summary: Record<string, unknown>;
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
      errors: entry.errors?.slice(0, LOGGED_ISSUES) ?? null,
      startedAt: entry.startedAt,
    })
    .returning({ id: exchangeLog.id });
  if (!row) throw new Error("exchange log insert returned no row");
  return row.id;
}
