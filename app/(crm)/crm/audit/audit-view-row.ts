import { auditActionLabel, auditEntityTypeLabel } from "@/lib/audit/audit-labels";
import { formatDateTime } from "@/lib/core/date-time";
import type { AuditRow } from "@/lib/audit/list-audit-log";

const actorKinds: Record<string, string> = { system: "система", api: "API", resident: "житель" };

/** An audit row as the table shows it: labels in Russian and the time in the viewer's zone, computed on the server. */
export function toAuditViewRow(row: AuditRow, timezone: string) {
  return {
    id: row.id,
    time: formatDateTime(row.createdAt, timezone, "seconds"),
    actor: row.actorName ?? "Система",
    actorKind: actorKinds[row.actorType] ?? null,
    action: auditActionLabel(row.action),
    actionKey: row.action,
    entityType: auditEntityTypeLabel(row.entityType),
    entityId: row.entityId,
    ip: row.ip,
    before: row.before,
    after: row.after,
  };
}
export type AuditViewRow = ReturnType<typeof toAuditViewRow>;
