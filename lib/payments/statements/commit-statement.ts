import { eq } from "drizzle-orm";
import { z } from "zod";
import { bankStatements } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { AppError, isUniqueViolation } from "@/lib/core/errors";
import { boundedString } from "@/lib/validation/bounded-string";
import { applyExchange } from "@/lib/exchange/write-exchange-log";
import { bookThirdPartyPayment } from "../third-party/book-third-party-payment";
import { loadPaymentAccounts } from "../third-party/payment-accounts";
import { alreadyLoaded, statementKind } from "./preview-statement";
import { discardStatementPreview, loadStatementPreview } from "./statement-preview-store";

export const statementCommitSchema = z.object({
  statementId: z.uuid("Неверный идентификатор выписки"),
  /** What staff changed in the preview: an account picked for a line (by its fingerprint), or null — leave it out. */
  assign: z
    .array(z.object({ key: boundedString(100), accountId: z.uuid("Неверный лицевой счёт").nullable() }))
    .max(20_000)
    .default([]),
});
export type StatementCommit = z.input<typeof statementCommitSchema>;

export type StatementResult = { booked: number; repeated: number; leftOut: number };

/**
 * Step two: book every line of the previewed statement that has an account (matched, or picked by staff) as a
 * payment — source «Банковская выписка» or «Реестр платежей», the line's fingerprint as its idempotency key, so a
 * line repeated from an earlier statement books nothing — all in one transaction with the statement's row and its
 * exchange log entry. The same file a second time is refused by bank_statements_org_hash_uq.
 */
export async function commitStatement(ctx: StaffContext, input: z.output<typeof statementCommitSchema>): Promise<StatementResult> {
  assertPermission(ctx, "finance.payments.edit");
  const stored = await loadStatementPreview(ctx.orgId, input.statementId);
  const assigned = new Map(input.assign.map((a) => [a.key, a.accountId]));
  const picked = [...assigned.values()].flatMap((id) => (id ? [id] : []));
  const accounts = new Map((await loadPaymentAccounts(ctx, { ids: [...new Set([...picked, ...stored.lines.flatMap((l) => (l.accountId ? [l.accountId] : []))])] })).map((a) => [a.id, a]));
  for (const id of picked) if (!accounts.has(id)) throw new AppError("VALIDATION", "Выбранный лицевой счёт не найден");

  const source = stored.format === "1c" ? "statement" : "registry";
  const chosen = stored.lines.map((line) => ({ line, account: accounts.get((assigned.has(line.key) ? assigned.get(line.key) : line.accountId) ?? "") ?? null }));
  const toBook = chosen.flatMap(({ line, account }) => (account ? [{ line, account }] : []));
  const result: StatementResult = { booked: 0, repeated: 0, leftOut: chosen.length - toBook.length };
  const kind = statementKind(stored.format);
  try {
    await applyExchange(ctx, { kind, fileName: stored.fileName, summary: { lines: stored.lines.length }, startedAt: new Date() }, async (tx) => {
      const [statement] = await tx.db
        .insert(bankStatements)
        .values({ orgId: ctx.orgId, format: stored.format, fileName: stored.fileName, fileHash: stored.fileHash, lines: stored.lines.length, matched: toBook.length, createdBy: ctx.actor.type === "employee" ? ctx.actor.id : null })
        .returning({ id: bankStatements.id });
      for (const { line, account } of toBook) {
        const { created } = await bookThirdPartyPayment(tx.db, ctx, {
          source,
          idempotencyKey: line.key,
          accountId: account.id,
          buildingId: account.buildingId,
          amountKopecks: BigInt(line.amountKopecks),
          invoiceIds: [],
          paidOn: line.date,
          purpose: line.purpose ?? (line.period ? `Оплата за ${line.period}` : null),
          payerName: line.payerName,
          statementId: statement!.id,
        });
        if (created) result.booked++;
        else result.repeated++;
      }
      await tx.db.update(bankStatements).set({ matched: result.booked }).where(eq(bankStatements.id, statement!.id));
      await writeAudit(tx.db, ctx, { action: "bank_statement.imported", entityType: "bank_statement", entityId: statement!.id, after: { fileName: stored.fileName, format: stored.format, ...result } });
      return { value: undefined, summary: { lines: stored.lines.length, paymentsBooked: result.booked, paymentsRepeated: result.repeated, linesLeftOut: result.leftOut } };
    });
  } catch (error) {
    if (isUniqueViolation(error, "bank_statements_org_hash_uq")) throw new AppError("CONFLICT", alreadyLoaded(stored.fileName));
    throw error;
  }
  await discardStatementPreview(ctx.orgId, input.statementId);
  return result;
}
