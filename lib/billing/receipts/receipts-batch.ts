import type { Writable } from "node:stream";
import { and, asc, count, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { invoices, premises } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { assertBuildingVisible } from "@/lib/org/building-scope";
import { loadReceiptData, type ReceiptData } from "./receipt-data";
import { renderReceiptsBatchPdf } from "./render-receipt";
import { receiptsBatchSchema } from "./receipts-batch-schema";


const NOTHING_TO_PRINT = "За этот месяц у дома нет выставленных счетов с квитанцией";

/** Loaded this many at a time (a few queries each). */
const CHUNK = 200;

/** Issued invoices of the building and month whose receipt we print (an uploaded or absent receipt is not ours). */
const batchWhere = (ctx: StaffContext, q: z.output<typeof receiptsBatchSchema>, pdfType: "generated" | "other") =>
  and(
    eq(invoices.orgId, ctx.orgId),
    eq(invoices.buildingId, q.buildingId),
    eq(invoices.period, q.period),
    eq(invoices.status, "issued"),
    pdfType === "generated" ? eq(invoices.pdfType, "generated") : sql`${invoices.pdfType} <> 'generated'`,
  );

function parse(query: Record<string, string>) {
  const parsed = receiptsBatchSchema.safeParse(query);
  if (!parsed.success) throw new AppError("VALIDATION", "Выберите объект и месяц");
  return parsed.data;
}

async function checked(ctx: StaffContext, query: Record<string, string>) {
  assertPermission(ctx, "finance.invoices.view");
  const q = parse(query);
  await assertBuildingVisible(ctx.db, ctx, q.buildingId);
  return q;
}

/**
 * «Квитанции дома за месяц» as one PDF, run by the export jobs (lib/exchange/exports.ts): the same queue, progress,
 * storage and download as a large Excel export. Receipts come in the premises' order (entrance walks print in it);
 * progress counts receipts rendered.
 */
export function receiptsBatchPlan(ctx: StaffContext, query: Record<string, string>) {
  return {
    count: async () => {
      const q = await checked(ctx, query);
      const [row] = await ctx.db.select({ n: count() }).from(invoices).where(batchWhere(ctx, q, "generated"));
      // Said beside the month before a job is queued, rather than as a failed job a minute later.
      if (!row?.n) throw new AppError("VALIDATION", NOTHING_TO_PRINT, { period: [NOTHING_TO_PRINT] });
      return { exact: true, count: row.n, estimate: null };
    },
    write: async (out: Writable, { onProgress }: { onProgress?: (written: number) => void | Promise<void> }) => {
      const q = await checked(ctx, query);
      const [ids, [other]] = await Promise.all([
        ctx.db
          .select({ id: invoices.id })
          .from(invoices)
          .innerJoin(premises, eq(premises.id, invoices.premiseId))
          .where(batchWhere(ctx, q, "generated"))
          .orderBy(asc(premises.sortKey), asc(invoices.type), asc(invoices.id)),
        ctx.db.select({ n: count() }).from(invoices).where(batchWhere(ctx, q, "other")),
      ]);
      if (!ids.length) throw new AppError("NOT_FOUND", NOTHING_TO_PRINT);
      const receipts: ReceiptData[] = [];
      for (let i = 0; i < ids.length; i += CHUNK) receipts.push(...(await loadReceiptData(ctx.db, ctx.orgId, ids.slice(i, i + CHUNK).map((r) => r.id))));
      const pdf = await renderReceiptsBatchPdf(receipts, onProgress);
      await new Promise<void>((resolve, reject) => out.end(pdf, () => resolve()).once("error", reject));
      return { written: receipts.length, skipped: other?.n ?? 0 };
    },
  };
}
