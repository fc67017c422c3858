import { randomUUID } from "node:crypto";
import { premiseTypeInfo } from "@/lib/registry/premises/premise-types";
import type { ColumnLabels, ImportRecord, PremiseFields, Report } from "./import-record";
import type { PremiseValues } from "./registry-plan";
import type { SnapshotPremise } from "./registry-snapshot";
import { premiseKey, type SnapshotIndex } from "./snapshot-index";

export type PremiseDraft = {
  id: string;
  line: number;
  existing?: SnapshotPremise;
  buildingId: string;
  type: ImportRecord["premise"]["type"];
  number: string;
  fields: PremiseFields;
  fieldLines: Partial<Record<keyof PremiseFields, number>>;
};

const fieldNames = ["entrance", "floor", "totalArea", "livingArea", "rooms", "externalId"] as const;

/**
 * Premises named by the file: rows of one premise (several owners, say) share a draft, whether they name it by
 * external id or by building, type and number; a premise already in the registry is updated, never duplicated.
 */
export function premiseDrafts(index: SnapshotIndex, labels: ColumnLabels, report: Report) {
  const byKey = new Map<string, PremiseDraft>();
  const byExternal = new Map<string, PremiseDraft>();
  const byId = new Map<string, PremiseDraft>();

  const fail = (line: number, column: string | undefined, message: string): null => {
    report(line, column, message);
    return null;
  };

  function findExisting(record: ImportRecord, key: string): SnapshotPremise | undefined | null {
    const { line, premise } = record;
    const ext = premise.externalId;
    const byExt = ext ? index.premiseByExternal.get(ext) : undefined;
    const atPlace = index.premiseByKey.get(key);
    if (byExt?.archivedAt) return fail(line, labels.externalId, `Помещение с внешним ID «${ext}» в архиве: восстановите его или укажите другой ID`);
    if (byExt && !index.buildingById.has(byExt.buildingId)) return fail(line, labels.externalId, `Помещение с внешним ID «${ext}» относится к объекту, который вам недоступен`);
    if (byExt && atPlace && byExt.id !== atPlace.id) return fail(line, labels.number, `В объекте уже есть помещение ${premise.number} этого типа с другим внешним ID`);
    if (!byExt && ext && atPlace?.externalId) {
      return fail(line, labels.externalId, `У помещения ${index.premiseAddress(atPlace)} другой внешний ID: «${atPlace.externalId}»`);
    }
    return byExt ?? atPlace;
  }

  function merge(draft: PremiseDraft, record: ImportRecord) {
    for (const name of fieldNames) {
      const value = record.premise[name];
      if (value === undefined) continue;
      const seen = draft.fields[name];
      if (seen !== undefined && seen !== value) {
        report(record.line, labels[name], `Значение отличается от строки ${draft.fieldLines[name]} для этого же помещения`);
        continue;
      }
      Object.assign(draft.fields, { [name]: value });
      draft.fieldLines[name] ??= record.line;
    }
  }

  /** The draft a row belongs to; null when the row contradicts the registry or an earlier row. */
  function resolve(record: ImportRecord): PremiseDraft | null {
    const { line, premise, buildingId } = record;
    const key = premiseKey(buildingId, premise.type, premise.number);
    const ext = premise.externalId;
    const byExt = ext ? byExternal.get(ext) : undefined;
    if (byExt && premiseKey(byExt.buildingId, byExt.type, byExt.number) !== key) {
      return fail(line, labels.externalId, `Внешний ID «${ext}» уже указан в строке ${byExt.line} для другого помещения`);
    }
    let draft = byExt ?? byKey.get(key);
    if (!draft) {
      const existing = findExisting(record, key);
      if (existing === null) return null;
      const twin = existing && byId.get(existing.id);
      if (twin) return fail(line, labels.number, `Это помещение уже указано в строке ${twin.line} с другим объектом, типом или номером`);
      draft = { id: existing?.id ?? randomUUID(), line, existing, buildingId, type: premise.type, number: premise.number, fields: {}, fieldLines: {} };
      byKey.set(key, draft);
      byId.set(draft.id, draft);
    }
    merge(draft, record);
    if (draft.fields.externalId) byExternal.set(draft.fields.externalId, draft);
    return draft;
  }

  return { resolve, drafts: () => [...byId.values()] };
}

/** Final column values: what the file gave, else what is stored; fields the type does not have are cleared. */
export function premiseValues(draft: PremiseDraft, searchText: string): PremiseValues {
  const info = premiseTypeInfo[draft.type];
  const pick = <K extends keyof PremiseFields>(name: K) => draft.fields[name] ?? draft.existing?.[name] ?? null;
  return {
    id: draft.id,
    buildingId: draft.buildingId,
    type: draft.type,
    number: draft.number,
    entrance: info.entrance ? pick("entrance") : null,
    floor: info.floor ? pick("floor") : null,
    totalArea: pick("totalArea"),
    livingArea: info.livingArea ? pick("livingArea") : null,
    rooms: info.rooms ? pick("rooms") : null,
    externalId: pick("externalId"),
    searchText,
  };
}

const compared = ["buildingId", "type", "number", "entrance", "floor", "totalArea", "livingArea", "rooms", "externalId"] as const;

export const premiseChanged = (values: PremiseValues, existing: SnapshotPremise) => compared.some((k) => values[k] !== existing[k]);
