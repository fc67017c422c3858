import { createHash } from "node:crypto";

/** One incoming payment read from a bank statement or a payment registry, before it is matched to an account. */
export type StatementLine = {
  /** The line of the file the payment starts on, as staff see it in an editor. */
  line: number;
  /** The document's number (payment order, registry operation); null when the file has none. */
  number: string | null;
  /** YYYY-MM-DD: the day the money arrived. */
  date: string;
  /** Kopecks as decimal text, so the line survives JSON. */
  amountKopecks: string;
  payerName: string | null;
  payerInn: string | null;
  /** The payer's bank account (1C) — part of the fingerprint; null in registries. */
  payerAccount: string | null;
  purpose: string | null;
  /** The account number the file names in a column of its own (registries); statements leave it to the purpose. */
  accountNumber: string | null;
  address: string | null;
  period: string | null;
};

/** Why a file cannot be read at all: one clear Russian sentence, shown above the upload form. */
export class StatementFileError extends Error {}

/**
 * The idempotency key of a line: the same payment in a later statement (statements of overlapping days repeat
 * their documents) or a registry sent again has the same date, number, amount and payer, so it books once —
 * payments_org_idempotency_uq makes sure.
 */
export function lineFingerprint(source: "statement" | "registry", line: Pick<StatementLine, "date" | "number" | "amountKopecks" | "payerAccount" | "accountNumber" | "payerName">): string {
  const parts = [line.date, line.number ?? "", line.amountKopecks, line.payerAccount ?? line.accountNumber ?? "", line.number ? "" : (line.payerName ?? "")];
  return `${source}:${createHash("sha256").update(parts.join("\u001f")).digest("hex").slice(0, 40)}`;
}

/** «25.11.2026» → «2026-11-25», checked to be a real day; null otherwise. */
export function russianDate(text: string): string | null {
  const match = /^(\d{2})[.\-/](\d{2})[.\-/](\d{4})$/.exec(text.trim());
  if (!match) return null;
  const iso = `${match[3]}-${match[2]}-${match[1]}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}
