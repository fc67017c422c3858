import { premiseNumberKey } from "@/lib/validation/premise-facts";
import { formatPremiseAddress } from "@/lib/registry/premise-address";
import { addressKey, fullNameKey } from "../text-key";
import type { RegistrySnapshot, SnapshotBuilding, SnapshotClient, SnapshotLink, SnapshotPremise } from "./registry-snapshot";

export const premiseKey = (buildingId: string, type: string, number: string) => `${buildingId}|${type}|${premiseNumberKey(number)}`;
export const clientNameKey = (c: { lastName: string | null; firstName: string | null; middleName: string | null }) =>
  fullNameKey(c.lastName, c.firstName, c.middleName);

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const group = map.get(k);
    if (group) group.push(item);
    else map.set(k, [item]);
  }
  return map;
}

const houseOf = (b: SnapshotBuilding) => [b.street, b.house, b.block, b.structure].filter(Boolean).join(" ");

export type BuildingMatch = { building: SnapshotBuilding } | { problem: "unknown" | "ambiguous" };

/** Lookups over a registry snapshot, built once per import. */
export function indexSnapshot(snapshot: RegistrySnapshot) {
  const buildingById = new Map(snapshot.buildings.map((b) => [b.id, b]));
  const buildingsByExternal = groupBy(snapshot.buildings, (b) => b.externalId?.trim() || null);
  const buildingsByAddress = groupBy(snapshot.buildings, (b) => addressKey(b.address));
  const buildingsByHouse = groupBy(snapshot.buildings, (b) => addressKey(houseOf(b)));
  const active = snapshot.premises.filter((p) => !p.archivedAt);

  /** A building named by its external id, its full address, or its street and house when that is unique. */
  function findBuilding(text: string): BuildingMatch {
    const key = addressKey(text);
    const candidates = buildingsByExternal.get(text.trim()) ?? buildingsByAddress.get(key) ?? buildingsByHouse.get(key) ?? [];
    const [first, second] = candidates;
    if (!first) return { problem: "unknown" };
    return second ? { problem: "ambiguous" } : { building: first };
  }

  const premiseAddress = (p: Pick<SnapshotPremise, "buildingId" | "type" | "number">) =>
    formatPremiseAddress(buildingById.get(p.buildingId)?.address ?? "объект вне вашего доступа", p);

  return {
    findBuilding,
    buildingById,
    premiseAddress,
    premiseByExternal: new Map(snapshot.premises.filter((p) => p.externalId).map((p) => [p.externalId ?? "", p])),
    premiseByKey: new Map(active.map((p) => [premiseKey(p.buildingId, p.type, p.number), p])),
    premiseById: new Map(active.map((p) => [p.id, p])),
    accountByNumber: new Map(snapshot.accounts.map((a) => [a.number, a])),
    legalEntityByInn: new Map(snapshot.legalEntities.map((e) => [e.inn, e.id])),
    clientById: new Map(snapshot.clients.map((c) => [c.id, c])),
    clientByPhone: new Map(snapshot.clients.filter((c) => c.phone).map((c) => [c.phone ?? "", c])),
    clientsByEmail: groupBy<SnapshotClient>(snapshot.clients, (c) => c.email),
    linksByPremise: groupBy<SnapshotLink>(snapshot.links, (l) => l.premiseId),
    linksByClient: groupBy<SnapshotLink>(snapshot.links, (l) => l.clientId),
  };
}

export type SnapshotIndex = ReturnType<typeof indexSnapshot>;
