import { and, eq, inArray, isNull } from "drizzle-orm";
import { buildings } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { premiseFields, premiseSchema, type PremiseData } from "@/lib/registry/premises/premise-schema";
import { parseInRussian } from "@/lib/validation/zod-messages";
import { acceptedFields, asObject, repeatedKeys, unknownFieldReasons } from "../bulk-body";
import { addReason, reasonsFromZod, type BulkItemError } from "../bulk-errors";
import { idsByExternalId, resolveOne } from "../external-refs";
import type { PreparedItem } from "../run-bulk";
import { premiseRefSchema } from "./premise-item-schema";
import { storedPremises, twinKey, unclaimedPremises, type StoredPremise } from "./stored-premises";

export type PreparedPremise = { existing: Pick<StoredPremise, "id" | "adopted"> | null; premise: PremiseData; unchanged: boolean };

/** Whether `premise` is what `stored` already holds, tags in any order. */
function sameAsStored(stored: StoredPremise["input"], premise: PremiseData): boolean {
  const before = premiseSchema.safeParse(stored);
  const norm = (p: PremiseData) => JSON.stringify({ ...p, tags: [...p.tags].sort() });
  return before.success && norm(before.data) === norm(premise);
}

const accepted = acceptedFields([premiseFields, premiseRefSchema]);

async function activeBuildingIds(ctx: StaffContext, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await ctx.db
    .select({ id: buildings.id })
    .from(buildings)
    .where(and(eq(buildings.orgId, ctx.orgId), isNull(buildings.archivedAt), inArray(buildings.id, [...new Set(ids)])));
  return new Set(rows.map((r) => r.id));
}

/**
 * Every premise item checked against the staff form's schema. Fields an item leaves out keep their stored values
 * (absent = keep, null = clear), whether the premise is found by its external id or adopted from the ones staff
 * entered by hand, so the item is validated as the premise will end up, not as sent.
 */
export async function preparePremiseItems(ctx: StaffContext, raw: unknown[]) {
  const errors = new Map<number, BulkItemError>();
  const refs = raw.map((item, index) => {
    const externalId = asObject(item).externalId as string | undefined;
    for (const reason of unknownFieldReasons(item, accepted)) addReason(errors, index, reason, externalId);
    const result = parseInRussian(premiseRefSchema, item);
    if (result.success) return result.data;
    for (const reason of reasonsFromZod(result.error)) addReason(errors, index, reason, externalId);
    return null;
  });
  for (const [index, earlier] of repeatedKeys(refs.map((r) => r?.externalId))) {
    addReason(errors, index, { field: "externalId", message: `Этот внешний идентификатор уже передан в элементе ${earlier}` });
  }
  const [byExternalId, byId, stored] = await Promise.all([
    idsByExternalId(ctx.db, buildings, ctx.orgId, refs.flatMap((r) => (r?.buildingExternalId ? [r.buildingExternalId] : []))),
    activeBuildingIds(ctx, refs.flatMap((r) => (r?.buildingId && !r.buildingExternalId ? [r.buildingId] : []))),
    storedPremises(ctx, refs.flatMap((r) => (r ? [r.externalId] : []))),
  ]);
  const buildingOf = refs.map((ref) => {
    if (!ref) return null;
    if (ref.buildingExternalId) return resolveOne(byExternalId, ref.buildingExternalId, { noun: "Объект", notFound: "не найден" });
    if (ref.buildingId) return byId.has(ref.buildingId) ? { id: ref.buildingId } : { message: "Объект не найден" };
    const keep = stored.get(ref.externalId)?.input.buildingId;
    return typeof keep === "string" ? { id: keep } : { message: "Укажите buildingExternalId или buildingId" };
  });
  const twins = await unclaimedPremises(
    ctx,
    buildingOf.flatMap((b, i) => (b && "id" in b && !stored.has(refs[i]?.externalId ?? "") ? [b.id] : [])),
  );

  const items: PreparedItem<PreparedPremise>[] = [];
  refs.forEach((ref, index) => {
    const building = buildingOf[index];
    if (!ref || !building) return;
    const reason = (field: string, message: string) => addReason(errors, index, { field, message }, ref.externalId);
    if ("message" in building) return reason(ref.buildingExternalId ? "buildingExternalId" : "buildingId", building.message);
    const sent = asObject(raw[index]);
    const existing = stored.get(ref.externalId) ?? twins.get(twinKey(building.id, sent.type, sent.number)) ?? null;
    if (existing?.archived) return reason("externalId", "Помещение в архиве: сначала верните его из архива");
    const parsed = parseInRussian(premiseSchema, { ...existing?.input, ...sent, buildingId: building.id, externalId: ref.externalId });
    if (!parsed.success) return reasonsFromZod(parsed.error).forEach((r) => addReason(errors, index, r, ref.externalId));
    if (errors.has(index)) return;
    const unchanged = existing !== null && !existing.adopted && sameAsStored(existing.input, parsed.data);
    items.push({ index, externalId: ref.externalId, data: { existing, premise: parsed.data, unchanged } });
  });
  return { items, errors: [...errors.values()].sort((x, y) => x.index - y.index) };
}
