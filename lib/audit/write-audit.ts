import type { Db } from "@/db/client";
import { auditLog } from "@/db/schema";
import type { Actor } from "@/lib/core/context";
import type { AuditAction, AuditEntityType } from "./audit-labels";

export type AuditEntry = {
  /** Only codes with a Russian name in audit-labels.ts. */
  action: AuditAction;
  entityType: AuditEntityType;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Secrets never reach the audit log, whatever a service passes in. */
const hiddenKeys = new Set(["passwordHash", "keyHash", "tokenHash", "password"]);

function redact(value: unknown): unknown {
  // Money and prices are bigints, which JSON cannot hold: the audit keeps their exact digits as text.
  if (typeof value === "bigint") return value.toString();
  if (value === null || value === undefined || typeof value !== "object") return value ?? null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(redact);
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, hiddenKeys.has(k) ? "[скрыто]" : redact(v)]),
  );
}

export async function writeAudit(db: Db, scope: { orgId: string; actor: Actor; ip?: string | null }, entry: AuditEntry): Promise<void> {
  await writeAudits(db, scope, [entry]);
}

/** Many entries in one statement, for bulk writes (an import or API run creating thousands of rows). */
export async function writeAudits(db: Db, scope: { orgId: string; actor: Actor; ip?: string | null }, entries: readonly AuditEntry[]): Promise<void> {
  // Postgres binds at most 65,535 parameters per statement; an audit row takes ten.
  for (let start = 0; start < entries.length; start += 5000) {
    await db.insert(auditLog).values(
      entries.slice(start, start + 5000).map((entry) => ({
        orgId: scope.orgId,
        actorType: scope.actor.type,
        actorId: scope.actor.id ?? null,
        actorName: scope.actor.name,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId ?? null,
        before: redact(entry.before),
        after: redact(entry.after),
        ip: scope.ip ?? null,
      })),
    );
  }
}
