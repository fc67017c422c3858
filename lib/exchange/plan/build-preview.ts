import type { PreviewSection } from "./registry-plan";

/** Enough to recognise what changes; the counts say how many there are in all. */
export const PREVIEW_ITEMS = 200;

/** Only the listed items are labelled: a 50,000-row import does not format 50,000 addresses for a preview. */
export function section<T>(key: string, title: string, items: readonly T[], label: (item: T) => string, danger = false): PreviewSection {
  return { key, title, count: items.length, items: items.slice(0, PREVIEW_ITEMS).map(label), danger: danger || undefined };
}

/** Sections with nothing in them are left out, so the preview shows only what will happen. */
export const nonEmpty = (sections: PreviewSection[]) => sections.filter((s) => s.count > 0);
