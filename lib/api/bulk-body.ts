import { z } from "zod";

export const MAX_BULK_ITEMS = 5000;

/** The envelope of every bulk upsert: `{ items: [...] }`; items are validated one by one afterwards. */
export const bulkBodySchema = z.object({
  items: z
    .array(z.unknown(), "Передайте массив items")
    .min(1, "Массив items пуст")
    .max(MAX_BULK_ITEMS, `Не больше ${MAX_BULK_ITEMS} элементов за один запрос`),
});

/** The keys an item actually carries: only these overwrite what is stored. */
export function sentKeys(item: unknown): Set<string> {
  return new Set(item && typeof item === "object" ? Object.keys(item) : []);
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
