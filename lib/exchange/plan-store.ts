import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import { notFound } from "@/lib/core/errors";
import { storage } from "@/lib/storage/storage";
import type { ImportKind } from "./import-kinds";
import { planPartNames, planParts, type PlanPart } from "./plan/plan-parts";
import type { PlanSummary } from "./plan/plan-summary";
import type { ImportPreview, RegistryPlan } from "./plan/registry-plan";

/** What is known about a checked file waiting for confirmation, without its plan. */
export type ImportHeader = {
  id: string;
  orgId: string;
  kind: ImportKind;
  fileName: string;
  createdAt: string;
  summary: PlanSummary;
  preview: ImportPreview;
};

/** A preview older than this must be checked again: the registry may have changed meanwhile. */
const MAX_AGE_MS = 24 * 60 * 60 * 1000;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PART_ROWS = 1000;

// In the same storage as uploaded files, so a preview and its confirmation may be served by different instances.
const orgPrefix = (orgId: string) => `imports/${orgId}/`;
/** Where a checked file waits; exported for tests that plant one. */
export const storedImportKey = (orgId: string, id: string) => `${orgPrefix(orgId)}${id}.ndjson`;

async function dropExpired(orgId: string): Promise<void> {
  for (const object of await storage().list(orgPrefix(orgId))) {
    if (Date.now() - object.modifiedAt.getTime() > MAX_AGE_MS) await storage().remove(object.key);
  }
}

/**
 * One JSON line for the header, then the plan in pieces of a few thousand rows in the order they are applied, so
 * the confirmation can apply the plan while reading it and never holds all of it (nor one giant string).
 */
function* lines(header: ImportHeader, plan: RegistryPlan): Generator<string> {
  yield `${JSON.stringify(header)}\n`;
  const parts = planParts(plan);
  for (const part of planPartNames) {
    const items: readonly unknown[] = parts[part];
    for (let i = 0; i < items.length; i += PART_ROWS) yield `${JSON.stringify({ part, items: items.slice(i, i + PART_ROWS) })}\n`;
  }
}

/** The stored form as one string, for tests that plant a checked file of some organisation. */
export const serializeImport = (header: ImportHeader, plan: RegistryPlan) => [...lines(header, plan)].join("");

export async function saveImport(header: Omit<ImportHeader, "id" | "createdAt">, plan: RegistryPlan): Promise<string> {
  await dropExpired(header.orgId);
  const id = randomUUID();
  await storage().write(storedImportKey(header.orgId, id), lines({ ...header, id, createdAt: new Date().toISOString() }, plan));
  return id;
}

async function* storedLines(orgId: string, id: string): AsyncGenerator<string> {
  if (!ID.test(id) || !ID.test(orgId)) return;
  const stream = await storage().open(storedImportKey(orgId, id));
  if (!stream) return;
  try {
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) if (line) yield line;
  } finally {
    stream.destroy();
  }
}

/** Only the organisation that checked the file can find it again, and only while it is fresh. */
export async function loadImportHeader(orgId: string, id: string): Promise<ImportHeader> {
  for await (const line of storedLines(orgId, id)) {
    const header = JSON.parse(line) as ImportHeader;
    if (header.orgId === orgId && header.id === id && Date.now() - Date.parse(header.createdAt) <= MAX_AGE_MS) return header;
    break;
  }
  throw notFound("Проверенный файл (загрузите его ещё раз)");
}

/** The stored plan's pieces in the order they are applied (after loadImportHeader has vouched for the file). */
export async function* importParts(orgId: string, id: string): AsyncGenerator<PlanPart> {
  let header = true;
  for await (const line of storedLines(orgId, id)) {
    if (header) header = false;
    else yield JSON.parse(line) as PlanPart;
  }
}

export async function discardImport(orgId: string, id: string): Promise<void> {
  if (ID.test(id) && ID.test(orgId)) await storage().remove(storedImportKey(orgId, id));
}
