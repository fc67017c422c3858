"use client";

import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import type { MeterView } from "@/lib/meters/premise-meter-view";
import { cn } from "@/lib/utils";

export type ZoneKey = `${string}:${string}`;
export const zoneKey = (meterId: string, zone: string): ZoneKey => `${meterId}:${zone}`;

export type ZoneProblem = { message: string; confirmable: boolean };

export type ReadingDraft = { values: Record<ZoneKey, string>; confirmed: Record<ZoneKey, boolean> };
export const emptyDraft = (): ReadingDraft => ({ values: {}, confirmed: {} });

/** The readings typed into a draft as a submission: only zones with a value, of meters that take readings. */
export function draftReadings(meters: readonly MeterView[], draft: ReadingDraft) {
  return meters.flatMap((m) =>
    m.refusal
      ? []
      : m.zones.flatMap((z) => {
          const key = zoneKey(m.id, z.zone);
          const value = draft.values[key]?.trim();
          return value ? [{ meterId: m.id, zone: z.zone, value, confirmed: draft.confirmed[key] ?? false }] : [];
        }),
  );
}

type Props = {
  meters: readonly MeterView[];
  draft: ReadingDraft;
  onChange: (draft: ReadingDraft) => void;
  problems: Partial<Record<ZoneKey, ZoneProblem>>;
  /** The inspector's phone: large type and touch targets. */
  large?: boolean;
  disabled?: boolean;
};

/**
 * A premise's meters, one block each, with the previous reading and its date beside every zone's input. A problem
 * the server found is shown under its input; an implausible jump also offers «Подтвердить», which the next send
 * carries as `confirmed`.
 */
export function ReadingInputs({ meters, draft, onChange, problems, large, disabled }: Props) {
  const set = (key: ZoneKey, value: string) => onChange({ ...draft, values: { ...draft.values, [key]: value } });
  const confirm = (key: ZoneKey, value: boolean) => onChange({ ...draft, confirmed: { ...draft.confirmed, [key]: value } });
  return (
    <div className="space-y-4">
      {meters.map((m) => (
        <fieldset key={m.id} className="rounded-md border p-3" aria-label={m.title}>
          <legend className="px-1 font-medium">
            {m.title}
            {m.place && <span className="font-normal text-muted-foreground"> · {m.place}</span>}
          </legend>
          {m.refusal ? (
            <p className="text-sm text-muted-foreground">{m.refusal}</p>
          ) : (
            <div className={cn("grid gap-3", !large && "sm:grid-cols-2")}>
              {m.zones.map((z) => {
                const key = zoneKey(m.id, z.zone);
                const problem = problems[key];
                const id = `reading-${key}`;
                return (
                  <div key={key} className="space-y-1">
                    <label htmlFor={id} className="text-sm font-medium">
                      {z.label}, {m.unit}
                    </label>
                    <p className="text-xs text-muted-foreground">
                      {z.previous ? `Предыдущее: ${z.previous.value} от ${z.previous.date} (${z.previous.source})` : "Предыдущих показаний нет"}
                      {z.current && ` · за этот месяц уже передано ${z.current.value} (${z.current.source})`}
                    </p>
                    <Input
                      id={id}
                      inputMode="decimal"
                      autoComplete="off"
                      disabled={disabled}
                      aria-invalid={problem ? true : undefined}
                      aria-describedby={problem ? `${id}-problem` : undefined}
                      className={cn(large && "h-14 text-2xl")}
                      value={draft.values[key] ?? ""}
                      onChange={(e) => set(key, e.target.value)}
                    />
                    {problem && (
                      <div id={`${id}-problem`} className="space-y-1">
                        <p className="text-sm text-destructive">{problem.message}</p>
                        {problem.confirmable && (
                          <label className={cn("flex items-center gap-2 text-sm", large && "py-2 text-base")}>
                            <Checkbox checked={draft.confirmed[key] ?? false} onCheckedChange={(v) => confirm(key, v === true)} className={cn(large && "size-6")} />
                            Подтвердить: показание верное
                          </label>
                        )}
                      </div>
                    )}
                  </div>
                );
              })}
            </div>
          )}
        </fieldset>
      ))}
    </div>
  );
}

/** The server's problems keyed by input. */
export const problemsByZone = (problems: readonly { meterId: string; zone: string; message: string; confirmable: boolean }[]) =>
  Object.fromEntries(problems.map((p) => [zoneKey(p.meterId, p.zone), { message: p.message, confirmable: p.confirmable }])) as Partial<Record<ZoneKey, ZoneProblem>>;
