import { auditActionLabel, auditEntityTypeLabel } from "@/lib/audit/audit-labels";
import { formatDateTime } from "@/lib/core/date-time";
import type { AuditRow } from "@/lib/audit/list-audit-log";
import { auditRecordKey, snapshotName, type AuditRecordName } from "@/lib/audit/name-audit-records";

const actorKinds: Record<string, string> = { system: "система", api: "API", resident: "житель" };

/**
 * An audit row as the table shows it, computed on the server: labels in Russian, the time in the viewer's zone and
 * the record by its name with a link to its card (`names` from nameAuditRecords).
 */
export function toAuditViewRow(row: AuditRow, timezone: string, names: ReadonlyMap<string, AuditRecordName>) {
  const record = row.entityId ? names.get(auditRecordKey(row.entityType, row.entityId)) : undefined;
  return {
    id: row.id,
    time: formatDateTime(row.createdAt, timezone, "seconds"),
    actor: row.actorName ?? "Система",
    actorKind: actorKinds[row.actorType] ?? null,
    action: auditActionLabel(row.action),
    actionKey: row.action,
    entityType: auditEntityTypeLabel(row.entityType),
    entityId: row.entityId,
    recordName: record?.name ?? snapshotName(row.before, row.after),
    recordHref: record?.href ?? null,
    ip: row.ip,
    before: row.before,
    after: row.after,
  };
}
export type AuditViewRow = ReturnType<typeof toAuditViewRow>;
