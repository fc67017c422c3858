"use client";

import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { formatCalendarDate } from "@/lib/core/date-time";
import { periodLabel } from "@/lib/meters/collection-window";
import { formatReading, parseReading } from "@/lib/meters/meter-vocabulary";
import type { SavedReading } from "@/lib/meters/submit-readings";
import type { MyMeter } from "@/lib/residents/meters/list-my-meters";
import { submitMyReadingsAction } from "./actions";

type Problem = { message: string; confirmable: boolean };
type Props = {
  premiseId: string;
  meters: MyMeter[];
  /** Dates of the previous readings, already formatted in the organisation's time zone by the server. */
  takenOn: Record<string, string>;
  currentPeriod: string;
  /** Null when readings are not accepted now (the window is closed and late readings are refused). */
  bookingPeriod: string | null;
  charts: Record<string, ReactNode>;
};

const keyOf = (meterId: string, zone: string) => `${meterId}:${zone}`;
const BAD_NUMBER = "Введите число, например 123,456";

/** What the resident is told after saving: the period the readings count in, and why when it is not this month. */
function acceptedText(saved: SavedReading[], currentPeriod: string) {
  const period = saved[0]?.period ?? currentPeriod;
  if (period > currentPeriod) return `Приём показаний за этот месяц закончился, поэтому они учтены в следующем периоде — ${periodLabel(period)}.`;
  return `Они будут учтены в расчёте за ${periodLabel(period)}.`;
}

/**
 * Every working meter of the premise with an input per zone, sent in one submission (all or nothing). A problem is
 * shown once, beside its input; an implausible jump asks «верно?» and is resent confirmed.
 */
export function MeterReadingsForm({ premiseId, meters, takenOn, currentPeriod, bookingPeriod, charts }: Props) {
  const router = useRouter();
  const [values, setValues] = useState<Record<string, string>>({});
  const [confirmed, setConfirmed] = useState<Record<string, boolean>>({});
  const [problems, setProblems] = useState<Record<string, Problem>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [accepted, setAccepted] = useState<SavedReading[] | null>(null);
  const [sending, setSending] = useState(false);

  async function send(confirm: Record<string, boolean> = confirmed) {
    setFailure(null);
    setAccepted(null);
    const typed = Object.entries(values).filter(([, v]) => v.trim() !== "");
    const local: Record<string, Problem> = {};
    for (const [key, value] of typed) if (parseReading(value) === null) local[key] = { message: BAD_NUMBER, confirmable: false };
    setProblems(local);
    if (Object.keys(local).length) return;
    if (!typed.length) {
      setFailure("Введите хотя бы одно показание");
      return;
    }
    setSending(true);
    try {
      const readings = typed.map(([key, value]) => {
        const [meterId = "", zone = "single"] = key.split(":");
        return { meterId, zone: zone as "single", value, confirmed: confirm[key] ?? false };
      });
      const result = await submitMyReadingsAction({ premiseId, readings });
      if (!result.ok) {
        setFailure(result.message);
        return;
      }
      if (!result.data.ok) {
        const placed = result.data.problems.filter((p) => values[keyOf(p.meterId, p.zone)] !== undefined);
        // A problem about no input on the form (a meter taken away meanwhile) goes above the button, never lost.
        const elsewhere = result.data.problems.filter((p) => !placed.includes(p)).map((p) => p.message);
        setProblems(Object.fromEntries(placed.map((p) => [keyOf(p.meterId, p.zone), { message: p.message, confirmable: p.confirmable }])));
        if (elsewhere.length) setFailure([...new Set(elsewhere)].join(". "));
        return;
      }
      setAccepted(result.data.saved);
      setValues({});
      setConfirmed({});
      router.refresh();
    } finally {
      setSending(false);
    }
  }

  function confirmValue(key: string) {
    const next = { ...confirmed, [key]: true };
    setConfirmed(next);
    void send(next);
  }

  return (
    <form
      method="post"
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      {accepted && (
        <div role="status" className="rounded-md border border-green-600/40 bg-green-600/5 px-3 py-3 text-sm">
          <p className="font-semibold text-green-800 dark:text-green-300">Показания приняты</p>
          <p>{acceptedText(accepted, currentPeriod)}</p>
        </div>
      )}
      {meters.map((meter) => (
        <Card key={meter.id} className="gap-3 py-4" data-testid="meter-card">
          <CardHeader className="px-4">
            <CardTitle className="text-base break-words">
              {meter.resourceLabel} № {meter.serialNumber}
            </CardTitle>
            {meter.place && <p className="text-sm text-muted-foreground">{meter.place}</p>}
          </CardHeader>
          <CardContent className="space-y-4 px-4">
            {meter.refusal ? (
              <p className="rounded-md bg-muted px-3 py-2 text-sm">{meter.refusal}</p>
            ) : (
              meter.zones.map((z) => {
                const key = keyOf(meter.id, z.zone);
                const problem = problems[key];
                const inputId = `reading-${key}`;
                return (
                  <div key={key} className="space-y-2">
                    <Label htmlFor={inputId}>
                      {meter.zones.length > 1 ? z.label : "Текущее показание"}, {meter.unit}
                    </Label>
                    <p className="text-sm text-muted-foreground">
                      {z.previous
                        ? `Предыдущее: ${formatReading(z.previous.value)} от ${takenOn[key] ?? formatCalendarDate(`${z.previous.period}-01`)}`
                        : "Предыдущих показаний нет"}
                    </p>
                    {z.current && bookingPeriod && (
                      <p className="text-sm">
                        Уже передано за {periodLabel(bookingPeriod)}: {formatReading(z.current.value)}
                        {z.current.byResident ? " — можно исправить, отправив новое" : ""}
                      </p>
                    )}
                    <Input
                      id={inputId}
                      name={key}
                      inputMode="decimal"
                      autoComplete="off"
                      placeholder={z.previous ? formatReading(z.previous.value) : "0"}
                      className="h-12 text-lg"
                      disabled={!bookingPeriod || sending}
                      value={values[key] ?? ""}
                      aria-invalid={problem ? true : undefined}
                      aria-describedby={problem ? `${inputId}-error` : undefined}
                      onChange={(e) => {
                        const value = e.target.value;
                        setValues((v) => ({ ...v, [key]: value }));
                        setConfirmed((c) => ({ ...c, [key]: false }));
                      }}
                    />
                    {problem && (
                      <div id={`${inputId}-error`} className="space-y-2">
                        <p className="text-sm text-destructive">{problem.message}</p>
                        {problem.confirmable && (
                          <Button type="button" variant="outline" className="h-11 w-full whitespace-normal" disabled={sending} onClick={() => confirmValue(key)}>
                            Да, показание верное — отправить
                          </Button>
                        )}
                      </div>
                    )}
                  </div>
                );
              })
            )}
            {meter.zones.map((z) => (
              <div key={z.zone}>{charts[keyOf(meter.id, z.zone)]}</div>
            ))}
          </CardContent>
        </Card>
      ))}
      {failure && (
        <p role="alert" className="rounded-md border border-destructive/40 bg-destructive/5 px-3 py-2 text-sm text-destructive">
          {failure}
        </p>
      )}
      {bookingPeriod && meters.some((m) => !m.refusal) && (
        <Button type="submit" className="h-12 w-full text-base" disabled={sending}>
          {sending ? "Отправляем…" : "Передать показания"}
        </Button>
      )}
    </form>
  );
}
