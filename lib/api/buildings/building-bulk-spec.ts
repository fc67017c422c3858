import { and, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import { buildings } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { buildingSchema, formatBuildingAddress, type BuildingData } from "@/lib/org/building-schema";
import { createBuilding } from "@/lib/org/create-building";
import { updateBuilding } from "@/lib/org/update-building";
import { externalIdSchema } from "@/lib/registry/clients/client-schema";
import { parseInRussian } from "@/lib/validation/zod-messages";
import { legalEntitiesByInn } from "../accounts/legal-entities-by-inn";
import { acceptedFields, asObject, repeatedKeys, unknownFieldReasons } from "../bulk-body";
import { addReason, reasonsFromZod, type BulkItemError } from "../bulk-errors";
import type { BulkSpec, PreparedItem } from "../run-bulk";

/** What POST /api/v1/buildings needs besides the building form's fields: its external id, its legal entity by ИНН. */
export const buildingRefSchema = z.object({
  externalId: externalIdSchema,
  legalEntityInn: z
    .string()
    .max(12)
    .trim()
    .regex(/^\d{10}(\d{2})?$/, "ИНН юрлица: 10 или 12 цифр")
    .nullish(),
});

// Directories (groups, quarters) are kept by staff; the legal entity travels as its ИНН.
const accepted = acceptedFields([buildingSchema, buildingRefSchema], ["legalEntityId", "groupId", "quarterId"]);

type Stored = { id: string; archived: boolean; adopted: boolean; input: Record<string, unknown> };
export type PreparedBuilding = { existing: Stored | null; building: BuildingData; unchanged: boolean };

const asInput = (b: typeof buildings.$inferSelect) => {
  const { postalCode, region, city, street, house, block, structure, groupId, quarterId, legalEntityId, externalId } = b;
  return { postalCode, region, city, street, house, block, structure, groupId, quarterId, legalEntityId, externalId };
};

async function storedBuildings(ctx: StaffContext, externalIds: string[]): Promise<Map<string, Stored>> {
  if (externalIds.length === 0) return new Map();
  const rows = await ctx.db
    .select()
    .from(buildings)
    .where(and(eq(buildings.orgId, ctx.orgId), inArray(buildings.externalId, externalIds)));
  return new Map(rows.map((b) => [b.externalId ?? "", { id: b.id, archived: b.archivedAt !== null, adopted: false, input: asInput(b) }]));
}

/** Active buildings staff entered by hand (no external id), by address: an item with the same address adopts one. */
async function unclaimedBuildings(ctx: StaffContext, addresses: string[]): Promise<Map<string, Stored>> {
  if (addresses.length === 0) return new Map();
  const rows = await ctx.db
    .select()
    .from(buildings)
    .where(and(eq(buildings.orgId, ctx.orgId), isNull(buildings.externalId), isNull(buildings.archivedAt), inArray(buildings.address, addresses)));
  return new Map(rows.map((b) => [b.address, { id: b.id, archived: false, adopted: true, input: asInput(b) }]));
}

/** Every building item checked against the staff form's schema; what an item leaves out keeps its stored value. */
async function prepareBuildingItems(ctx: StaffContext, raw: unknown[]) {
  const errors = new Map<number, BulkItemError>();
  const refs = raw.map((item, index) => {
    const externalId = asObject(item).externalId as string | undefined;
    for (const reason of unknownFieldReasons(item, accepted)) addReason(errors, index, reason, externalId);
    const result = parseInRussian(buildingRefSchema, item);
    if (result.success) return result.data;
    for (const reason of reasonsFromZod(result.error)) addReason(errors, index, reason, externalId);
    return null;
  });
  for (const [index, earlier] of repeatedKeys(refs.map((r) => r?.externalId))) {
    addReason(errors, index, { field: "externalId", message: `Этот внешний идентификатор уже передан в элементе ${earlier}` });
  }
  const [stored, entities] = await Promise.all([
    storedBuildings(ctx, refs.flatMap((r) => (r ? [r.externalId] : []))),
    legalEntitiesByInn(ctx, refs.flatMap((r) => (r?.legalEntityInn ? [r.legalEntityInn] : []))),
  ]);
  const parsed = refs.map((ref, index) => {
    if (!ref) return null;
    const reason = (field: string, message: string) => addReason(errors, index, { field, message }, ref.externalId);
    const existing = stored.get(ref.externalId);
    if (existing?.archived) {
      reason("externalId", "Объект в архиве: сначала верните его из архива");
      return null;
    }
    const sent = asObject(raw[index]);
    const legalEntity = ref.legalEntityInn ? entities.get(ref.legalEntityInn) : undefined;
    if (ref.legalEntityInn && !legalEntity) {
      reason("legalEntityInn", `Юрлицо с ИНН ${ref.legalEntityInn} не найдено в организации`);
      return null;
    }
    const entityField = "legalEntityInn" in sent ? { legalEntityId: legalEntity ?? null } : {};
    // The form's schema knows blanks, not null: null (clear) and a stored null both reach it as «not filled».
    const merged = Object.entries({ ...existing?.input, ...sent, ...entityField, externalId: ref.externalId }).map(([k, v]) => [k, v ?? undefined]);
    const result = parseInRussian(buildingSchema, Object.fromEntries(merged));
    if (!result.success) {
      for (const r of reasonsFromZod(result.error)) addReason(errors, index, r, ref.externalId);
      return null;
    }
    return { existing, building: result.data };
  });
  const twins = await unclaimedBuildings(ctx, parsed.flatMap((p) => (p && !p.existing ? [formatBuildingAddress(p.building)] : [])));

  const items: PreparedItem<PreparedBuilding>[] = [];
  parsed.forEach((p, index) => {
    const externalId = refs[index]?.externalId;
    if (!p || !externalId || errors.has(index)) return;
    const existing = p.existing ?? twins.get(formatBuildingAddress(p.building)) ?? null;
    const before = existing && !existing.adopted ? buildingSchema.safeParse(Object.fromEntries(Object.entries(existing.input).map(([k, v]) => [k, v ?? undefined]))) : null;
    const unchanged = before?.success === true && JSON.stringify(before.data) === JSON.stringify(p.building);
    items.push({ index, externalId, data: { existing, building: p.building, unchanged } });
  });
  return { items, errors: [...errors.values()].sort((x, y) => x.index - y.index) };
}

/**
 * POST /api/v1/buildings: upsert by external id through the building services staff use. A building entered by
 * hand with the same address and no external id is adopted: `linked`.
 */
export function buildingBulkSpec(): BulkSpec<PreparedBuilding> {
  return {
    kind: "api.buildings",
    prepare: prepareBuildingItems,
    write: async (ctx, { data: { existing, building, unchanged } }) => {
      if (!existing) return { id: (await createBuilding(ctx, building)).id, outcome: "created" };
      if (unchanged) return { id: existing.id, outcome: "unchanged" };
      await updateBuilding(ctx, { ...building, id: existing.id });
      return { id: existing.id, outcome: existing.adopted ? "linked" : "updated" };
    },
  };
}
