import { randomUUID } from "node:crypto";
import { clientSearchText, formatClientName } from "@/lib/registry/clients/client-name";
import type { ColumnLabels, RecordClient, Report } from "./import-record";
import type { PremiseDraft } from "./premise-drafts";
import type { ClientValues } from "./registry-plan";
import type { SnapshotClient } from "./registry-snapshot";
import { clientNameKey, type SnapshotIndex } from "./snapshot-index";

export type ClientDraft = {
  id: string;
  line: number;
  existing?: SnapshotClient;
  nameKey: string;
  values: Omit<ClientValues, "id" | "searchText">;
};

const only = <T>(items: readonly T[] | undefined): T | undefined => (items?.length === 1 ? items[0] : undefined);

/**
 * Clients named by the file. A phone identifies a client (it is the cabinet login, unique in the organisation);
 * without one, an email together with the name; without either, the name among the premise's current clients.
 * A client without phone or email in two premises therefore becomes two clients — the instructions say so.
 */
export function clientDrafts(index: SnapshotIndex, labels: ColumnLabels, report: Report) {
  const byKey = new Map<string, ClientDraft>();
  const byId = new Map<string, ClientDraft>();

  function findExisting(client: RecordClient, nameKey: string, premise: PremiseDraft): SnapshotClient | undefined {
    if (client.phone) return index.clientByPhone.get(client.phone);
    if (client.email) return only(index.clientsByEmail.get(client.email)?.filter((c) => clientNameKey(c) === nameKey));
    const linked = (index.linksByPremise.get(premise.id) ?? []).map((l) => index.clientById.get(l.clientId));
    return only(linked.filter((c): c is SnapshotClient => c !== undefined && clientNameKey(c) === nameKey));
  }

  function resolve(client: RecordClient, line: number, premise: PremiseDraft): ClientDraft | null {
    const nameKey = clientNameKey({ lastName: client.lastName, firstName: client.firstName ?? null, middleName: client.middleName ?? null });
    const key = client.phone ? `p:${client.phone}` : client.email ? `e:${client.email}|${nameKey}` : `n:${nameKey}|${premise.id}`;
    const existing = byKey.has(key) ? undefined : findExisting(client, nameKey, premise);
    const draft = byKey.get(key) ?? (existing && byId.get(existing.id));
    if (draft) {
      if (draft.nameKey !== nameKey) {
        const what = client.phone ? `Телефон ${client.phone}` : "Этот клиент";
        report(line, client.phone ? labels.phone : labels.lastName, `${what} уже указан в строке ${draft.line} под другим именем: ${formatClientName(draft.values)}`);
        return null;
      }
      if (client.email && draft.values.email && client.email !== draft.values.email) {
        report(line, labels.email, `Email отличается от строки ${draft.line} для этого же клиента`);
        return null;
      }
      draft.values.email ??= client.email ?? null;
      byKey.set(key, draft);
      return draft;
    }
    const created: ClientDraft = {
      id: existing?.id ?? randomUUID(),
      line,
      existing,
      nameKey,
      values: {
        type: existing?.type ?? client.type,
        lastName: client.lastName,
        firstName: client.firstName ?? null,
        middleName: client.middleName ?? null,
        phone: existing?.phone ?? client.phone ?? null,
        email: client.email ?? existing?.email ?? null,
      },
    };
    byKey.set(key, created);
    byId.set(created.id, created);
    return created;
  }

  return { resolve, drafts: () => [...byId.values()] };
}

export const clientValues = (draft: ClientDraft): ClientValues => ({ id: draft.id, ...draft.values, searchText: clientSearchText(draft.values) });

const compared = ["lastName", "firstName", "middleName", "email"] as const;
export const clientChanged = (values: ClientValues, existing: SnapshotClient) => compared.some((k) => values[k] !== existing[k]);
