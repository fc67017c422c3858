import type { StaffContext } from "@/lib/core/context";
import { bulkBodySchema } from "./bulk-body";
import { reasonsFromError, reasonsFromZod, type BulkItemError } from "./bulk-errors";
import { writeExchangeLog } from "./exchange-log";

export type BulkOutcome = "created" | "updated" | "merged";
export type PreparedItem<T> = { index: number; externalId: string; data: T };
type Phase<T> = (ctx: StaffContext, item: PreparedItem<T>) => Promise<BulkOutcome | void>;

export type BulkSpec<T> = {
  kind: string;
  /** Validates the whole body (each item, repeats, references) without writing anything. */
  prepare: (ctx: StaffContext, items: unknown[]) => Promise<{ items: PreparedItem<T>[]; errors: BulkItemError[] }>;
  /** Each phase runs over every item before the next begins (e.g. clients first, then their links). */
  phases: Phase<T>[];
};

export type BulkCounts = { created: number; updated: number; merged: number };
export type BulkResponse =
  | { status: 200; body: BulkCounts & { errors: [] } }
  | { status: 422; body: { error: string; errors: BulkItemError[] } };

class RolledBack extends Error {}

const rejection = (errors: BulkItemError[]) => ({
  status: 422 as const,
  body: { error: `Ничего не загружено: ошибки в ${errors.length} из переданных элементов`, errors },
});

/**
 * A bulk upsert: validate everything first and answer 422 listing every bad item; then apply all items in one
 * transaction, each in its own savepoint so that every refusal is collected; any refusal rolls everything back.
 */
export async function runBulk<T>(ctx: StaffContext, body: unknown, spec: BulkSpec<T>): Promise<BulkResponse> {
  const startedAt = new Date();
  const log = (status: "ok" | "rejected" | "failed", summary: Record<string, unknown>, errors?: unknown[]) =>
    writeExchangeLog(ctx, { kind: spec.kind, status, summary, errors, startedAt });

  const envelope = bulkBodySchema.safeParse(body);
  if (!envelope.success) {
    const reasons = reasonsFromZod(envelope.error);
    await log("rejected", { items: 0 }, reasons);
    return { status: 422, body: { error: reasons[0]?.message ?? "Неверное тело запроса", errors: [] } };
  }
  const total = envelope.data.items.length;
  const prepared = await spec.prepare(ctx, envelope.data.items);
  if (prepared.errors.length) {
    await log("rejected", { items: total, stage: "validation" }, prepared.errors);
    return rejection(prepared.errors);
  }

  const counts: BulkCounts = { created: 0, updated: 0, merged: 0 };
  const failed = new Map<number, BulkItemError>();
  try {
    await ctx.db.transaction(async (tx) => {
      for (const phase of spec.phases) {
        for (const item of prepared.items) {
          if (failed.has(item.index)) continue;
          try {
            const outcome = await tx.transaction((savepoint) => phase({ ...ctx, db: savepoint }, item));
            if (outcome) counts[outcome] += 1;
          } catch (error) {
            const reasons = reasonsFromError(error);
            if (!reasons) throw error;
            failed.set(item.index, { index: item.index, externalId: item.externalId, reasons });
          }
        }
      }
      if (failed.size) throw new RolledBack();
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) {
      await log("failed", { items: total }, [{ message: "Внутренняя ошибка" }]);
      throw error;
    }
  }
  if (failed.size) {
    const errors = [...failed.values()].sort((x, y) => x.index - y.index);
    await log("rejected", { items: total, stage: "apply" }, errors);
    return rejection(errors);
  }
  await log("ok", { items: total, ...counts });
  return { status: 200, body: { ...counts, errors: [] } };
}
