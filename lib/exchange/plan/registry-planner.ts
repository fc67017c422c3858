import { premiseSearchText } from "@/lib/registry/premises/premise-search-text";
import type { IssueList } from "../import-issue";
import { accountChanged, accountDrafts, accountValues } from "./account-drafts";
import { clientChanged, clientDrafts, clientValues } from "./client-drafts";
import { issueCollector, type ColumnLabels, type ImportRecord } from "./import-record";
import { linkDrafts } from "./link-drafts";
import { premiseChanged, premiseDrafts, premiseValues } from "./premise-drafts";
import { registryPreview } from "./registry-preview";
import { emptyPlan, type ImportPreview, type RegistryPlan } from "./registry-plan";
import type { SnapshotIndex } from "./snapshot-index";

export type PlanOutcome = { issues: IssueList; plan: RegistryPlan; preview: ImportPreview };

type Options = {
  labels: ColumnLabels;
  removeAbsentOwners: boolean;
  /** Current balances of the accounts whose balance the file sets (kopecks by account id). */
  balances?: ReadonlyMap<string, bigint>;
};

/**
 * Turns checked rows, fed one at a time, into the exact set of changes without writing anything: premises,
 * accounts, clients and links to create or update, links to remove, clients to archive, balances to set.
 * Contradictions between rows or with the registry become issues with the row's line (`report` takes the
 * source's own, such as an unknown building, into the same list).
 */
export function registryPlanner(index: SnapshotIndex, options: Options) {
  const { issues, report } = issueCollector();
  const premises = premiseDrafts(index, options.labels, report);
  const accounts = accountDrafts(index, options.labels, report);
  const clients = clientDrafts(index, options.labels, report);
  const links = linkDrafts(index, options.labels, report);

  function add(record: ImportRecord): void {
    const premise = premises.resolve(record);
    if (!premise) return;
    accounts.add(record, premise);
    const client = record.client && clients.resolve(record.client, record.line, premise);
    if (record.client && client) links.add(premise, client, record.client, record.line);
  }

  function finish(rows: number): PlanOutcome {
    const plan = emptyPlan();
    const premiseList = premises.drafts();
    for (const draft of premiseList) {
      const values = premiseValues(draft, premiseSearchText(index.buildingById.get(draft.buildingId)?.address ?? "", draft));
      if (!draft.existing) plan.premises.create.push(values);
      else if (premiseChanged(values, draft.existing)) plan.premises.update.push(values);
    }
    const balancesBefore = new Map<string, bigint>();
    for (const draft of accounts.drafts()) {
      const values = accountValues(draft);
      if (!draft.existing) plan.accounts.create.push(values);
      else if (accountChanged(values, draft.existing)) plan.accounts.update.push(values);
      const current = options.balances?.get(draft.id) ?? 0n;
      if (draft.balance === undefined || draft.balance === current) continue;
      plan.balances.push({ accountId: draft.id, kopecks: draft.balance.toString() });
      balancesBefore.set(draft.id, current);
    }
    const clientList = clients.drafts();
    for (const draft of clientList) {
      const values = clientValues(draft);
      if (!draft.existing) plan.clients.create.push(values);
      else if (clientChanged(values, draft.existing)) plan.clients.update.push(values);
    }
    const linkChanges = links.changes(options.removeAbsentOwners, new Set(clientList.map((c) => c.id)));
    plan.links = { create: linkChanges.create, update: linkChanges.update, remove: linkChanges.remove.map((l) => l.id) };
    plan.clients.archive = linkChanges.archive.map((c) => c.id);
    const preview = registryPreview({ index, plan, rows, premises: premiseList, accounts: accounts.drafts(), balancesBefore, removed: linkChanges.remove });
    return { issues, plan, preview };
  }

  return { add, report, finish };
}
