import type { Db } from "@/db/client";
import { activities, type MeterResource, type MeterZone } from "@/db/schema";
import type { ActivityType } from "@/lib/registry/activity/activity-types";
import type { JournalScope } from "./meter-journal";
import { formatReading, resourceLabels, sourceLabels, zoneLabels } from "./meter-vocabulary";

export type ReadingActivity = {
  meter: { id: string; premiseId: string | null; resource: MeterResource; serialNumber: string; zones: number };
  zone: MeterZone;
  value: bigint;
  /** An existing reading of the period was overwritten. */
  replaced: boolean;
};

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** «Иванов Иван Иванович» → «Иванов И. И.»; a phone or a company's name stays as it is. */
export function shortName(name: string): string {
  const [last, ...rest] = name.trim().split(/\s+/);
  const person = (w: string) => /^\p{Lu}[\p{Ll}-]+$/u.test(w);
  if (!last || !rest.length || !person(last) || !rest.every(person)) return name;
  return [last, ...rest.map((w) => `${w[0]}.`)].join(" ");
}

/**
 * Readings on the premise's (and, when a resident sent them, the client's) «Активность»: one line per meter, e.g.
 * «Передано показание ХВС № 123: 123,456 (житель Иванов И.)». Common-house meters have no premise and stay in the
 * meter journal only. Written in the submission's transaction, so a refused submission leaves no line.
 */
export async function recordReadingActivities(db: Db, scope: JournalScope, items: readonly ReadingActivity[]): Promise<void> {
  const byMeter = new Map<string, ReadingActivity[]>();
  for (const item of items) {
    if (!item.meter.premiseId) continue;
    byMeter.set(item.meter.id, [...(byMeter.get(item.meter.id) ?? []), item]);
  }
  const clientId = scope.actor.type === "resident" ? (scope.actor.id ?? null) : null;
  const who = `${sourceLabels[scope.source].toLowerCase()} ${shortName(scope.actor.name)}`;
  const rows = [...byMeter.values()].flatMap((group) => {
    const first = group[0];
    if (!first) return [];
    const { meter } = first;
    const values = group.map((g) => (meter.zones > 1 ? `${lowerFirst(zoneLabels[g.zone])} ${formatReading(g.value)}` : formatReading(g.value))).join(", ");
    const verb = group.some((g) => g.replaced) ? "Исправлено" : "Передано";
    const subject = `${verb} показание ${resourceLabels[meter.resource]} № ${meter.serialNumber}: ${values} (${who})`;
    return [{ orgId: scope.orgId, premiseId: meter.premiseId, clientId, type: "reading" satisfies ActivityType, subject }];
  });
  if (rows.length) await db.insert(activities).values(rows);
}
