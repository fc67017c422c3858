import type { LinkBasis } from "@/db/schema";
import { formatClientName } from "@/lib/registry/clients/client-name";
import { linkBasisLabels } from "@/lib/registry/links/link-bases";
import { formatPremiseAddress } from "@/lib/registry/premise-address";
import { formatRoubles } from "../decimal";
import type { AccountDraft } from "./account-drafts";
import { nonEmpty, section } from "./build-preview";
import type { PremiseDraft } from "./premise-drafts";
import type { ImportPreview, RegistryPlan } from "./registry-plan";
import type { SnapshotLink } from "./registry-snapshot";
import type { SnapshotIndex } from "./snapshot-index";

type Input = {
  index: SnapshotIndex;
  plan: RegistryPlan;
  rows: number;
  premises: readonly PremiseDraft[];
  accounts: readonly AccountDraft[];
  balancesBefore: ReadonlyMap<string, bigint>;
  removed: readonly SnapshotLink[];
};

/** The preview of a registry plan: counts of every kind of change, with the first items of each by name. */
export function registryPreview({ index, plan, rows, premises, accounts, balancesBefore, removed }: Input): ImportPreview {
  const premiseById = new Map(premises.map((p) => [p.id, p]));
  const accountById = new Map(accounts.map((a) => [a.id, a]));
  const newClients = new Map(plan.clients.create.map((c) => [c.id, c]));
  const address = (premiseId: string) => {
    const p = premiseById.get(premiseId);
    return p ? formatPremiseAddress(index.buildingById.get(p.buildingId)?.address ?? "", p) : "";
  };
  const name = (clientId: string) => {
    const c = newClients.get(clientId) ?? index.clientById.get(clientId);
    return c ? formatClientName(c) : "";
  };
  const link = (l: { clientId: string; premiseId: string; basis: LinkBasis }) => `${name(l.clientId)} — ${address(l.premiseId)} (${linkBasisLabels[l.basis].toLowerCase()})`;
  const account = (a: { number: string; premiseId: string }) => `${a.number} — ${address(a.premiseId)}`;
  const balance = (t: { accountId: string; kopecks: string }) =>
    `${accountById.get(t.accountId)?.number ?? ""}: ${formatRoubles(balancesBefore.get(t.accountId) ?? 0n)} → ${formatRoubles(BigInt(t.kopecks))}`;
  return {
    rows,
    sections: nonEmpty([
      section("premises.create", "Новые помещения", plan.premises.create, (p) => address(p.id)),
      section("premises.update", "Изменятся помещения", plan.premises.update, (p) => address(p.id)),
      section("accounts.create", "Новые лицевые счета", plan.accounts.create, account),
      section("accounts.update", "Изменятся лицевые счета", plan.accounts.update, account),
      section("clients.create", "Новые клиенты", plan.clients.create, (c) => formatClientName(c)),
      section("clients.update", "Изменятся данные клиентов", plan.clients.update, (c) => formatClientName(c)),
      section("links.create", "Клиенты будут привязаны к помещениям", plan.links.create, link),
      section("links.update", "Изменятся основание, доля или зависимость", plan.links.update, link),
      section("balances", "Изменится баланс лицевых счетов", plan.balances, balance),
      section("links.remove", "Будут удалены из помещений (их нет в файле)", removed, link, true),
      section("clients.archive", "Клиенты без помещений будут перемещены в архив", plan.clients.archive, name, true),
    ]),
  };
}
