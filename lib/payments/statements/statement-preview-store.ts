import { randomUUID } from "node:crypto";
import { notFound } from "@/lib/core/errors";
import { storage } from "@/lib/storage/storage";
import type { StatementLine } from "./statement-line";

export type StatementFormat = "1c" | "registry_csv";

/** A line as the preview shows it: its fingerprint and the account it matched (or null: staff pick one or leave it). */
export type PreviewLine = StatementLine & {
  key: string;
  accountId: string | null;
  accountLabel: string | null;
  address: string | null;
  /** Booked already from an earlier statement (same fingerprint): confirming books it no second time. */
  booked: boolean;
};

export type StoredStatement = { id: string; orgId: string; format: StatementFormat; fileName: string; fileHash: string; createdAt: string; skipped: number; lines: PreviewLine[] };

/** Like a checked import file, a preview must be confirmed within a day; after that the file is read again. */
const MAX_AGE_MS = 24 * 60 * 60 * 1000;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// Beside the checked import files, in the same storage, so any instance can confirm what another previewed.
const keyOf = (orgId: string, id: string) => `imports/${orgId}/statement-${id}.json`;

export async function saveStatementPreview(preview: Omit<StoredStatement, "id" | "createdAt">): Promise<StoredStatement> {
  const stored = { ...preview, id: randomUUID(), createdAt: new Date().toISOString() };
  await storage().write(keyOf(preview.orgId, stored.id), [JSON.stringify(stored)]);
  return stored;
}

/** Only the organisation that uploaded the statement finds its preview again, and only while it is fresh. */
export async function loadStatementPreview(orgId: string, id: string): Promise<StoredStatement> {
  const bytes = ID.test(id) && ID.test(orgId) ? await storage().read(keyOf(orgId, id)) : null;
  const stored = bytes ? (JSON.parse(bytes.toString("utf8")) as StoredStatement) : null;
  if (!stored || stored.orgId !== orgId || Date.now() - Date.parse(stored.createdAt) > MAX_AGE_MS) throw notFound("Проверенная выписка (загрузите её ещё раз)");
  return stored;
}

export async function discardStatementPreview(orgId: string, id: string): Promise<void> {
  if (ID.test(id) && ID.test(orgId)) await storage().remove(keyOf(orgId, id));
}
