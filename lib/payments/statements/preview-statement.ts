import { createHash } from "node:crypto";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { bankAccounts, bankStatements, payments } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { decodeCsv } from "@/lib/exchange/csv/decode-csv";
import { formatRoubles } from "@/lib/exchange/decimal";
import { fileIssue } from "@/lib/exchange/import-issue";
import { writeExchangeLog } from "@/lib/exchange/write-exchange-log";
import type { UploadBody } from "@/lib/storage/storage";
import { loadPaymentAccounts, type PaymentAccount } from "../third-party/payment-accounts";
import { accountsInPurpose, matchAccount } from "./account-in-purpose";
import { parseClientBankExchange } from "./parse-client-bank";
import { parsePaymentRegistry } from "./parse-payment-registry";
import { lineFingerprint, StatementFileError, type StatementLine } from "./statement-line";
import { saveStatementPreview, type PreviewLine, type StatementFormat, type StoredStatement } from "./statement-preview-store";

/** A statement of a month of a big organisation is a few megabytes; anything far above is not a statement. */
export const MAX_STATEMENT_BYTES = 10 * 1024 * 1024;
export const statementTooLarge = "Файл выписки больше 10 МБ";

export type StatementPreview =
  | { status: "rejected"; message: string }
  | { status: "ready"; statement: Omit<StoredStatement, "orgId" | "fileHash">; totals: { matched: number; unmatched: number; booked: number; amountText: string } };

async function readBytes(file: UploadBody): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of file.stream() as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > MAX_STATEMENT_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", statementTooLarge);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** How «Журнал обмена» names a run of this format. */
export const statementKind = (format: StatementFormat) => (format === "1c" ? "payments.statement" : "payments.registry");

/** The file's SHA-256: bank_statements_org_hash_uq keeps one upload of each file per organisation. */
export const statementHash = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

export const alreadyLoaded = (fileName: string) => `Эта выписка уже загружена${fileName ? ` (${fileName})` : ""}: её платежи проведены`;

async function settlementAccounts(ctx: StaffContext): Promise<Set<string>> {
  const rows = await ctx.db.select({ account: bankAccounts.settlementAccount }).from(bankAccounts).where(and(eq(bankAccounts.orgId, ctx.orgId), isNull(bankAccounts.archivedAt)));
  return new Set(rows.map((r) => r.account.replace(/\s/g, "")));
}

function parse(text: string, format: StatementFormat, accounts: Set<string>): { lines: StatementLine[]; skipped: number } {
  if (format === "registry_csv") return { lines: parsePaymentRegistry(text), skipped: 0 };
  if (!accounts.size) throw new StatementFileError("У организации нет расчётных счетов: добавьте их в «Настройки → Юридические лица», чтобы отличить поступления");
  return parseClientBankExchange(text, accounts);
}

/**
 * Step one of loading a bank statement (1C «ClientBankExchange») or a payment registry (CSV): read and check the
 * whole file, find each payment's account — the registry's column, or «ЛС …» in the purpose — among the
 * organisation's accounts, and keep the result for confirmation. Nothing is booked yet.
 */
export async function previewStatement(ctx: StaffContext, file: UploadBody): Promise<StatementPreview> {
  assertPermission(ctx, "finance.payments.edit");
  const startedAt = new Date();
  const bytes = await readBytes(file);
  const text = decodeCsv(bytes);
  const format: StatementFormat = text.replace(/^\uFEFF/, "").startsWith("1CClientBankExchange") ? "1c" : "registry_csv";
  // A refused file is logged in «Журнал обмена» like a refused import, with the one reason staff were shown.
  const reject = async (message: string): Promise<StatementPreview> => {
    await writeExchangeLog(ctx, { kind: statementKind(format), status: "rejected", fileName: file.name, summary: { rows: 0, issues: 1 }, errors: [fileIssue(message)], startedAt });
    return { status: "rejected", message };
  };
  const fileHash = statementHash(bytes);
  const [loaded] = await ctx.db.select({ id: bankStatements.id }).from(bankStatements).where(and(eq(bankStatements.orgId, ctx.orgId), eq(bankStatements.fileHash, fileHash)));
  if (loaded) return reject(alreadyLoaded(file.name));
  let parsed: { lines: StatementLine[]; skipped: number };
  try {
    parsed = parse(text, format, format === "1c" ? await settlementAccounts(ctx) : new Set());
  } catch (error) {
    if (error instanceof StatementFileError) return reject(error.message);
    throw error;
  }
  if (!parsed.lines.length) return reject("В выписке нет поступлений на расчётные счета организации");

  const numbers = parsed.lines.flatMap((l) => (l.accountNumber ? [l.accountNumber, l.accountNumber.toUpperCase()] : accountsInPurpose(l.purpose).flatMap((n) => [n, n.toUpperCase()])));
  const accounts = await loadPaymentAccounts(ctx, { numbers: [...new Set(numbers)] });
  const byNumber = new Map<string, PaymentAccount>();
  for (const a of accounts) {
    byNumber.set(a.number, a);
    if (a.els) byNumber.set(a.els, a);
  }
  const source = format === "1c" ? "statement" : "registry";
  const keyed = parsed.lines.map((line) => ({ line, key: lineFingerprint(source, line), account: matchAccount(line, byNumber) }));
  const bookedKeys = new Set(
    (await ctx.db.select({ key: payments.idempotencyKey }).from(payments).where(and(eq(payments.orgId, ctx.orgId), inArray(payments.idempotencyKey, keyed.map((k) => k.key))))).map((r) => r.key),
  );
  const lines: PreviewLine[] = keyed.map(({ line, key, account }) => ({
    ...line,
    key,
    accountId: account?.id ?? null,
    accountLabel: account?.number ?? null,
    address: account?.address ?? line.address,
    booked: bookedKeys.has(key),
  }));
  const stored = await saveStatementPreview({ orgId: ctx.orgId, format, fileName: file.name, fileHash, skipped: parsed.skipped, lines });
  const statement = { id: stored.id, format, fileName: stored.fileName, createdAt: stored.createdAt, skipped: stored.skipped, lines };
  const open = lines.filter((l) => !l.booked);
  return {
    status: "ready",
    statement,
    totals: {
      matched: open.filter((l) => l.accountId).length,
      unmatched: open.filter((l) => !l.accountId).length,
      booked: lines.length - open.length,
      amountText: formatRoubles(open.reduce((s, l) => s + BigInt(l.amountKopecks), 0n)),
    },
  };
}
