import { randomUUID } from "node:crypto";
import type { LinkBasis } from "@/db/schema";
import { allowedMasters, needsMaster } from "@/lib/registry/links/link-bases";
import type { ClientDraft } from "./client-drafts";
import type { ColumnLabels, RecordClient, Report } from "./import-record";
import type { PremiseDraft } from "./premise-drafts";
import type { LinkValues } from "./registry-plan";
import type { SnapshotClient, SnapshotLink } from "./registry-snapshot";
import type { SnapshotIndex } from "./snapshot-index";

type FileLink = { client: ClientDraft; basis: LinkBasis; share?: string; line: number };
type FinalLink = { clientId: string; basis: LinkBasis; dependsOnClientId: string | null };

export type LinkChanges = { create: LinkValues[]; update: LinkValues[]; remove: SnapshotLink[]; archive: SnapshotClient[] };

/** The first client of the premise this basis may depend on, keeping the current one while it still qualifies. */
function masterFor(link: FinalLink, all: readonly FinalLink[]): string | null {
  if (!needsMaster(link.basis)) return null;
  const qualifies = (m: FinalLink) => m.clientId !== link.clientId && allowedMasters[link.basis].includes(m.basis);
  const current = all.find((m) => m.clientId === link.dependsOnClientId);
  return current && qualifies(current) ? current.clientId : (all.find(qualifies)?.clientId ?? null);
}

/**
 * Links named by the file, and what happens to the premise's other links. With `removeAbsentOwners` (the Excel
 * import, seed 002 §12) a premise that lists clients in the file keeps only the owners the file lists: the others
 * are unlinked together with the residents, tenants and representatives who depended on them, except links marked
 * «не удалять клиента при интеграции»; a client left without any premise is archived.
 */
export function linkDrafts(index: SnapshotIndex, labels: ColumnLabels, report: Report) {
  const byPremise = new Map<PremiseDraft, FileLink[]>();

  function add(premise: PremiseDraft, client: ClientDraft, row: RecordClient, line: number): void {
    const links = byPremise.get(premise) ?? [];
    const twin = links.find((l) => l.client === client);
    if (twin) return report(line, labels.lastName, `Клиент уже указан для этого помещения в строке ${twin.line}`);
    links.push({ client, basis: row.basis, share: row.share, line });
    byPremise.set(premise, links);
  }

  function planPremise(premise: PremiseDraft, fileLinks: FileLink[], removeAbsentOwners: boolean, out: LinkChanges) {
    const existing = premise.existing ? (index.linksByPremise.get(premise.id) ?? []) : [];
    const inFile = new Set(fileLinks.map((l) => l.client.id));
    const absent = existing.filter((l) => !inFile.has(l.clientId) && !l.keepOnIntegration);
    const removedOwners = new Set(removeAbsentOwners ? absent.filter((l) => l.basis === "owner").map((l) => l.clientId) : []);
    const removed = absent.filter((l) => removedOwners.has(l.clientId) || (l.dependsOnClientId !== null && removedOwners.has(l.dependsOnClientId)));
    out.remove.push(...removed);

    const kept = existing.filter((l) => !inFile.has(l.clientId) && !removed.includes(l));
    const stored = new Map(existing.map((l) => [l.clientId, l]));
    const final: FinalLink[] = [
      ...fileLinks.map((l) => ({ clientId: l.client.id, basis: l.basis, dependsOnClientId: stored.get(l.client.id)?.dependsOnClientId ?? null })),
      ...kept,
    ];
    for (const link of final) {
      const current = stored.get(link.clientId);
      const fromFile = fileLinks.find((l) => l.client.id === link.clientId);
      const share = link.basis === "owner" ? (fromFile?.share ?? current?.ownershipShare ?? null) : null;
      const values: LinkValues = { id: current?.id ?? randomUUID(), premiseId: premise.id, clientId: link.clientId, basis: link.basis, dependsOnClientId: masterFor(link, final), ownershipShare: share };
      if (!current) out.create.push(values);
      else if (current.basis !== values.basis || current.dependsOnClientId !== values.dependsOnClientId || current.ownershipShare !== values.ownershipShare) out.update.push(values);
    }
  }

  function changes(removeAbsentOwners: boolean, fileClientIds: ReadonlySet<string>): LinkChanges {
    const out: LinkChanges = { create: [], update: [], remove: [], archive: [] };
    for (const [premise, fileLinks] of byPremise) planPremise(premise, fileLinks, removeAbsentOwners, out);
    const removedIds = new Set(out.remove.map((l) => l.id));
    const orphans = new Set(out.remove.map((l) => l.clientId).filter((id) => !fileClientIds.has(id)));
    for (const clientId of orphans) {
      const client = index.clientById.get(clientId);
      if (client && (index.linksByClient.get(clientId) ?? []).every((l) => removedIds.has(l.id))) out.archive.push(client);
    }
    return out;
  }

  return { add, changes };
}
