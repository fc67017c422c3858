import type { ExportColumn } from "@/lib/table/to-xlsx";
import { auditActionLabel, auditEntityTypeLabel } from "./audit-labels";
import { formatDateTime } from "@/lib/core/date-time";
import type { AuditRow } from "./list-audit-log";
import { auditRecordKey, snapshotName, type AuditRecordName } from "./name-audit-records";

/** Excel refuses cells longer than 32 767 characters. */
const json = (value: unknown) => (value == null ? null : JSON.stringify(value).slice(0, 32_000));

/** Times are text with seconds in the viewer's zone: the order of events matters more here than sorting by date. */
export function auditExportColumns(timezone: string, names: ReadonlyMap<string, AuditRecordName>): ExportColumn<AuditRow>[] {
  const recordName = (r: AuditRow) => (r.entityId ? names.get(auditRecordKey(r.entityType, r.entityId))?.name : undefined) ?? snapshotName(r.before, r.after);
  return [
    { header: "Время", value: (r) => formatDateTime(r.createdAt, timezone, "seconds"), width: 20 },
    { header: "Кто", value: (r) => r.actorName ?? (r.actorType === "system" ? "Система" : null), width: 28 },
    { header: "Действие", value: (r) => auditActionLabel(r.action), width: 36 },
    { header: "Код действия", value: (r) => r.action, width: 26 },
    { header: "Тип записи", value: (r) => auditEntityTypeLabel(r.entityType), width: 20 },
    { header: "Запись", value: recordName, width: 40 },
    { header: "ID записи", value: (r) => r.entityId, width: 38 },
    { header: "IP-адрес", value: (r) => r.ip, width: 16 },
    { header: "До", value: (r) => json(r.before), width: 50 },
    { header: "После", value: (r) => json(r.after), width: 50 },
  ];
}
