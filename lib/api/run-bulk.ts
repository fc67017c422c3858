import type { StaffContext } from "@/lib/core/context";
import { isUniqueViolation } from "@/lib/core/errors";
import { AppError } from "@/lib/core/errors";
import { parseInRussian } from "@/lib/validation/zod-messages";
import { bulkBodySchema } from "./bulk-body";
import { flattenItemErrors, reasonsFromError, type BulkItemError } from "./bulk-errors";
import type { ApiExchangeKind } from "@/lib/exchange/exchange-log-labels";
import { applyExchange, writeExchangeLog } from "@/lib/exchange/write-exchange-log";
import { problemBody, zodProblemErrors, type Problem } from "./problem";

/**
 * What happened to one item: `created` a new record; `updated` the record with this external id changed;
 * `merged` a duplicate was absorbed into it (clients, seed 002 §1 rule 2d); `linked` an existing record without
 * this external id (same phone, same number) took it over; `unchanged` everything sent was already so.
 */
export const bulkOutcomes = ["created", "updated", "merged", "linked", "unchanged"] as const;
export type BulkOutcome = (typeof bulkOutcomes)[number];
export type ItemResult = { index: number; externalId: string; id: string; outcome: BulkOutcome };

export type PreparedItem<T> = { index: number; externalId: string; data: T };
/** The first phase writes the record itself; later ones (links) say whether they changed anything. */
type FirstPhase<T> = (ctx: StaffContext, item: PreparedItem<T>) => Promise<{ id: string; outcome: BulkOutcome }>;
type LaterPhase<T> = (ctx: StaffContext, item: PreparedItem<T>, id: string) => Promise<boolean>;

export type BulkSpec<T> = {
  kind: ApiExchangeKind;
  /** Validates the whole body (each item, repeats, references) without writing anything. */
  prepare: (ctx: StaffContext, items: unknown[]) => Promise<{ items: PreparedItem<T>[]; errors: BulkItemError[] }>;
  write: FirstPhase<T>;
  /**
   * Items that can be written together in a few set-based statements (e.g. clients new to the organisation), before
   * the one-by-one path takes the rest: `pick` must only choose items no other item of the request can affect.
   */
  writeMany?: { pick: (item: PreparedItem<T>) => boolean; write: (ctx: StaffContext, items: PreparedItem<T>[]) => Promise<{ id: string; outcome: BulkOutcome }[]> };
  /** Each runs over the items it picks, after the one before it (e.g. owners' links, then dependants'). */
  then?: { pick: (item: PreparedItem<T>) => boolean; run: LaterPhase<T> }[];
};

export type BulkSummary = Record<BulkOutcome, number>;
export type BulkResponse = { status: 200; body: { items: ItemResult[]; summary: BulkSummary } } | { status: 422; body: Problem };

class RolledBack extends Error {}

/** A set-based write cannot name the item a lost race is about; the caller is told to send the request again. */
async function writeTogether<R>(write: () => Promise<R>): Promise<R> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "Данные изменились во время загрузки. Повторите запрос");
    throw error;
  }
}

const rejection = (errors: BulkItemError[], total: number): BulkResponse => ({
  status: 422,
  body: problemBody(422, `Ничего не загружено: ошибки в ${errors.length} из ${total} элементов`, flattenItemErrors(errors)),
});

function summaryOf(items: readonly ItemResult[]): BulkSummary {
  const summary = Object.fromEntries(bulkOutcomes.map((o) => [o, 0])) as BulkSummary;
  for (const item of items) summary[item.outcome] += 1;
  return summary;
}

/**
 * A bulk upsert: validate everything first and answer 422 listing every bad item; then apply all items in one
 * transaction, each in its own savepoint so that every refusal is collected; any refusal rolls everything back.
 */
export async function runBulk<T>(ctx: StaffContext, body: unknown, spec: BulkSpec<T>): Promise<BulkResponse> {
  const startedAt = new Date();
  const log = (status: "rejected" | "failed", summary: Record<string, unknown>, errors?: unknown[]) =>
    writeExchangeLog(ctx, { kind: spec.kind, status, summary, errors, startedAt });

  const envelope = parseInRussian(bulkBodySchema, body);
  if (!envelope.success) {
    const errors = zodProblemErrors(envelope.error.issues);
    await log("rejected", { items: 0 }, errors);
    return { status: 422, body: problemBody(422, errors[0]?.message ?? "Неверное тело запроса", errors) };
  }
  const total = envelope.data.items.length;
  const prepared = await spec.prepare(ctx, envelope.data.items);
  if (prepared.errors.length) {
    await log("rejected", { items: total, stage: "validation" }, prepared.errors);
    return rejection(prepared.errors, total);
  }

  const results = new Map<number, ItemResult>();
  const failed = new Map<number, BulkItemError>();
  async function step(tx: StaffContext, item: PreparedItem<T>, run: (ctx: StaffContext) => Promise<void>) {
    if (failed.has(item.index)) return;
    try {
      await tx.db.transaction((savepoint) => run({ ...tx, db: savepoint }));
    } catch (error) {
      const reasons = reasonsFromError(error);
      if (!reasons) throw error;
      failed.set(item.index, { index: item.index, externalId: item.externalId, reasons });
    }
  }
  try {
    const { value } = await applyExchange(ctx, { kind: spec.kind, summary: { items: total }, startedAt }, async (tx) => {
      const together = spec.writeMany ? prepared.items.filter(spec.writeMany.pick) : [];
      const written = together.length && spec.writeMany ? await writeTogether(() => spec.writeMany!.write(tx, together)) : [];
      together.forEach((item, i) => results.set(item.index, { index: item.index, externalId: item.externalId, ...written[i]! }));
      for (const item of prepared.items) {
        if (results.has(item.index)) continue;
        await step(tx, item, async (c) => {
          const { id, outcome } = await spec.write(c, item);
          results.set(item.index, { index: item.index, externalId: item.externalId, id, outcome });
        });
      }
      for (const phase of spec.then ?? []) {
        for (const item of prepared.items.filter(phase.pick)) {
          const result = results.get(item.index);
          if (!result) continue;
          await step(tx, item, async (c) => {
            if ((await phase.run(c, item, result.id)) && result.outcome === "unchanged") result.outcome = "updated";
          });
        }
      }
      if (failed.size) throw new RolledBack();
      const items = [...results.values()].sort((x, y) => x.index - y.index);
      return { value: items, summary: { items: total, ...summaryOf(items) } };
    });
    return { status: 200, body: { items: value, summary: summaryOf(value) } };
  } catch (error) {
    if (!(error instanceof RolledBack)) {
      await log("failed", { items: total }, [{ message: "Внутренняя ошибка" }]);
      throw error;
    }
    const errors = [...failed.values()];
    await log("rejected", { items: total, stage: "apply" }, errors);
    return rejection(errors, total);
  }
}
