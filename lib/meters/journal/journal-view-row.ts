import { auditActionLabel } from "@/lib/audit/audit-labels";
import { formatDateTime } from "@/lib/core/date-time";
import { sourceLabels } from "../meter-vocabulary";
import { journalChange } from "./journal-change";
import { journalMeter, journalPlace } from "./journal-export-columns";
import type { JournalRow } from "./list-meter-journal";

export type JournalViewRow = { id: string; time: string; who: string; action: string; meter: string; place: string; before: string | null; after: string | null; period: string | null; source: string };

/** A journal row in words for the table: the time in the employee's zone, the change as «было → стало». */
export function journalViewRow(r: JournalRow, timezone: string): JournalViewRow {
  const change = journalChange(r.action, r.before, r.after);
  return {
    id: String(r.id),
    time: formatDateTime(r.createdAt, timezone),
    who: r.actorName,
    action: auditActionLabel(r.action),
    meter: journalMeter(r),
    place: journalPlace(r),
    before: change.before,
    after: change.after,
    period: r.period,
    source: sourceLabels[r.source],
  };
}
