import { and, eq, inArray, isNull } from "drizzle-orm";
import { buildings } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { premiseSchema, type PremiseData } from "@/lib/registry/premises/premise-schema";
import { repeatedKeys } from "../bulk-body";
import { addReason, reasonsFromZod, type BulkItemError } from "../bulk-errors";
import { idsByExternalId, resolveOne } from "../external-refs";
import type { PreparedItem } from "../run-bulk";
import { premiseRefSchema } from "./premise-item-schema";
import { storedPremises } from "./stored-premises";

export type PreparedPremise = { existingId: string | null; premise: PremiseData };

const asObject = (raw: unknown): Record<string, unknown> => (raw && typeof raw === "object" && !Array.isArray(raw) ? { ...raw } : {});

async function activeBuildingIds(ctx: StaffContext, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await ctx.db
    .select({ id: buildings.id })
    .from(buildings)
    .where(and(eq(buildings.orgId, ctx.orgId), isNull(buildings.archivedAt), inArray(buildings.id, [...new Set(ids)])));
  return new Set(rows.map((r) => r.id));
}

/**
 * Every premise item checked against the staff form's schema. Fields an item leaves out keep their stored values,
 * so the item is validated as the premise will end up, not as sent.
 */
export async function preparePremiseItems(ctx: StaffContext, raw: unknown[]) {
  const errors = new Map<number, BulkItemError>();
  const refs = raw.map((item, index) => {
    const result = premiseRefSchema.safeParse(item);
    if (result.success) return result.data;
    errors.set(index, { index, externalId: asObject(item).externalId as string | undefined, reasons: reasonsFromZod(result.error) });
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

  const items: PreparedItem<PreparedPremise>[] = [];
  refs.forEach((ref, index) => {
    if (!ref) return;
    const reason = (field: string, message: string) => addReason(errors, index, { field, message }, ref.externalId);
    const building = ref.buildingExternalId
      ? resolveOne(byExternalId, ref.buildingExternalId, { noun: "Объект", notFound: "не найден" })
      : byId.has(ref.buildingId ?? "")
        ? { id: ref.buildingId ?? "" }
        : { message: "Объект не найден" };
    if ("message" in building) return reason(ref.buildingExternalId ? "buildingExternalId" : "buildingId", building.message);
    const existing = stored.get(ref.externalId);
    if (existing?.archived) return reason("externalId", "Помещение в архиве: сначала верните его из архива");
    // buildingExternalId is unknown to the form's schema, which drops it.
    const parsed = premiseSchema.safeParse({ ...existing?.input, ...asObject(raw[index]), buildingId: building.id, externalId: ref.externalId });
    if (!parsed.success) return reasonsFromZod(parsed.error).forEach((r) => addReason(errors, index, r, ref.externalId));
    if (!errors.has(index)) items.push({ index, externalId: ref.externalId, data: { existingId: existing?.id ?? null, premise: parsed.data } });
  });
  return { items, errors: [...errors.values()].sort((x, y) => x.index - y.index) };
}
