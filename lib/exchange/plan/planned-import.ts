import type { ImportIssue } from "../import-issue";
import type { ImportPreview, RegistryPlan } from "./registry-plan";

/** A file read and checked against the registry: either problems to report, or a plan to confirm. */
export type PlannedImport = { ok: false; rows: number; issues: ImportIssue[] } | { ok: true; rows: number; plan: RegistryPlan; preview: ImportPreview };

export function plannedImport(rows: number, issues: ImportIssue[], planned?: { plan: RegistryPlan; preview: ImportPreview }): PlannedImport {
  if (issues.length || !planned) return { ok: false, rows, issues: [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
  return { ok: true, rows, ...planned };
}
