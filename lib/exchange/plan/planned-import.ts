import type { ImportIssue, IssueList } from "../import-issue";
import type { ImportPreview, RegistryPlan } from "./registry-plan";

/** A file read and checked against the registry: either problems to report (the first ones and the count), or a plan to confirm. */
export type PlannedImport =
  | { ok: false; rows: number; issues: ImportIssue[]; issueCount: number }
  | { ok: true; rows: number; plan: RegistryPlan; preview: ImportPreview };

export function plannedImport(rows: number, issues: IssueList, planned?: { plan: RegistryPlan; preview: ImportPreview }): PlannedImport {
  if (issues.count || !planned) return { ok: false, rows, issues: [...issues.first].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)), issueCount: issues.count };
  return { ok: true, rows, ...planned };
}
