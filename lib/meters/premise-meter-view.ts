import { formatDateTime } from "@/lib/core/date-time";
import { formatReading, resourceLabels, resourceUnits, sourceLabels, statusLabels, zoneLabels } from "./meter-vocabulary";
import type { PremiseMeter } from "./premise-meter-readings";
import type { SubmitOutcome } from "./submit-readings";

export type ZoneView = {
  zone: PremiseMeter["zones"][number]["zone"];
  label: string;
  /** «123,45 · 20.11.2026 · житель», or null before the first reading. */
  previous: { value: string; date: string; period: string; source: string } | null;
  current: { value: string; source: string } | null;
};

export type MeterView = { id: string; title: string; unit: string; place: string | null; status: string; refusal: string | null; zones: ZoneView[] };

/**
 * A premise's meters as the entry screens show them: numbers and dates already in words and in the employee's time
 * zone, plain strings only, so a phone can keep them in its local storage while the network is away.
 */
export function meterViews(list: readonly PremiseMeter[], timezone: string): MeterView[] {
  return list.map((m) => ({
    id: m.id,
    title: `${resourceLabels[m.resource]} № ${m.serialNumber}`,
    unit: resourceUnits[m.resource],
    place: m.place,
    status: statusLabels[m.status],
    refusal: m.refusal,
    zones: m.zones.map((z) => ({
      zone: z.zone,
      label: zoneLabels[z.zone],
      previous: z.previous && {
        value: formatReading(z.previous.value),
        date: formatDateTime(z.previous.takenAt, timezone, "date"),
        period: z.previous.period,
        source: sourceLabels[z.previous.source].toLowerCase(),
      },
      current: z.current && { value: formatReading(z.current.value), source: sourceLabels[z.current.source].toLowerCase() },
    })),
  }));
}

export type OutcomeView =
  | { ok: true; saved: { meterId: string; zone: ZoneView["zone"]; value: string; volume: string; period: string; flagged: boolean; duplicate: boolean }[] }
  | { ok: false; problems: { meterId: string; zone: ZoneView["zone"]; message: string; confirmable: boolean }[] };

/** A submission's answer for the browser: what was saved, with its volume, in the units people read. */
export function outcomeView(outcome: SubmitOutcome): OutcomeView {
  if (!outcome.ok) return outcome;
  return {
    ok: true,
    saved: outcome.saved.map((s) => ({
      meterId: s.meterId,
      zone: s.zone,
      value: formatReading(s.value),
      volume: formatReading(s.volume),
      period: s.period,
      flagged: s.flagged,
      duplicate: s.outcome === "duplicate",
    })),
  };
}
