import { z } from "zod";

export const MAX_BULK_ITEMS = 5000;

/** The envelope of every bulk upsert: `{ items: [...] }` and nothing else; items are validated one by one afterwards. */
export const bulkBodySchema = z.strictObject({
  items: z
    .array(z.unknown(), "Передайте массив items")
    .min(1, "Массив items пуст")
    .max(MAX_BULK_ITEMS, `Не больше ${MAX_BULK_ITEMS} элементов за один запрос`),
});

export const asObject = (raw: unknown): Record<string, unknown> => (raw && typeof raw === "object" && !Array.isArray(raw) ? { ...raw } : {});

/** The keys an item actually carries: only these overwrite what is stored (absent = keep, null = clear). */
export function sentKeys(item: unknown): Set<string> {
  return new Set(Object.keys(asObject(item)));
}

/** Field names a kind of item accepts: the keys of the object schemas it is checked against, less those replaced. */
export function acceptedFields(schemas: readonly { shape: Record<string, unknown> }[], replaced: readonly string[] = []): ReadonlySet<string> {
  const names = new Set(schemas.flatMap((s) => Object.keys(s.shape)));
  for (const name of replaced) names.delete(name);
  return names;
}

/** A typo (`middlename`) must not be dropped silently: every field outside `accepted` is an error naming it. */
export function unknownFieldReasons(item: unknown, accepted: ReadonlySet<string>) {
  return Object.keys(asObject(item))
    .filter((key) => !accepted.has(key))
    .map((key) => ({ field: key, message: `Неизвестное поле «${key}»` }));
}

/** Indexes of items whose key repeats an earlier item's, with the earlier index. */
export function repeatedKeys(keys: readonly (string | undefined)[]): Map<number, number> {
  const first = new Map<string, number>();
  const repeats = new Map<number, number>();
  keys.forEach((key, index) => {
    if (key === undefined) return;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, index);
    else repeats.set(index, seen);
  });
  return repeats;
}
