import type { ZodError } from "zod";
import { isUniqueViolation } from "@/lib/core/errors";
import { AppError } from "@/lib/core/errors";
import { zodProblemErrors, type ProblemError } from "./problem";

/** What is wrong with one item of a bulk request; `field` null when the problem is the item as a whole. */
export type BulkReason = { field: string | null; message: string };
export type BulkItemError = { index: number; externalId?: string; reasons: BulkReason[] };

export function reasonsFromZod(error: ZodError): BulkReason[] {
  return zodProblemErrors(error.issues).map(({ field, message }) => ({ field, message }));
}

/** Expected failures of one item while applying; null for anything else, which aborts the whole request. */
export function reasonsFromError(error: unknown): BulkReason[] | null {
  if (error instanceof AppError) {
    const fields = Object.entries(error.fieldErrors ?? {});
    return fields.length
      ? fields.flatMap(([field, messages]) => messages.map((message) => ({ field, message })))
      : [{ field: null, message: error.message }];
  }
  if (isUniqueViolation(error)) return [{ field: null, message: "Запись с такими данными уже есть" }];
  return null;
}

/** Adds a reason to the item's entry, creating it on first use, so each item appears once with all its reasons. */
export function addReason(errors: Map<number, BulkItemError>, index: number, reason: BulkReason, externalId?: string): void {
  const entry = errors.get(index) ?? { index, externalId, reasons: [] };
  entry.reasons.push(reason);
  errors.set(index, entry);
}

/** The problem+json `errors[]`: one entry per reason, in item order. */
export function flattenItemErrors(errors: readonly BulkItemError[]): ProblemError[] {
  return [...errors]
    .sort((x, y) => x.index - y.index)
    .flatMap((e) => e.reasons.map((r) => ({ index: e.index, externalId: e.externalId ?? null, field: r.field, message: r.message })));
}
