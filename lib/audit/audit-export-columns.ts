import type { ExportColumn } from "@/lib/table/xlsx-export";
import { auditActionLabel, auditEntityTypeLabel } from "./audit-labels";
import type { AuditRow } from "./list-audit-log";
import { snapshotName } from "./name-audit-records";

/** Excel refuses cells longer than 32 767 characters. */
const json = (value: unknown) => (value == null ? null : JSON.stringify(value).slice(0, 32_000));

/**
 * Streamed in batches like every export, so a record is named from its own before/after snapshot rather than looked
 * up; times are Excel dates in the viewer's zone (the writer's rule for every Date).
 */
export const auditExportColumns: ExportColumn<AuditRow>[] = [
  { header: "Время", value: (r) => r.createdAt, width: 20 },
  { header: "Кто", value: (r) => r.actorName ?? (r.actorType === "system" ? "Система" : null), width: 28 },
  { header: "Действие", value: (r) => auditActionLabel(r.action), width: 36 },
  { header: "Код действия", value: (r) => r.action, width: 26 },
  { header: "Тип записи", value: (r) => auditEntityTypeLabel(r.entityType), width: 20 },
  { header: "Запись", value: (r) => snapshotName(r.before, r.after), width: 40 },
  { header: "ID записи", value: (r) => r.entityId, width: 38 },
  { header: "IP-адрес", value: (r) => r.ip, width: 16 },
  { header: "До", value: (r) => json(r.before), width: 50 },
  { header: "После", value: (r) => json(r.after), width: 50 },
];
