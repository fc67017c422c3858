"use client";

import { periodLabel } from "@/lib/meters/collection-window";
import { useState } from "react";
import { SearchPicker } from "@/components/forms/search-picker";
import { draftReadings, emptyDraft, problemsByZone, ReadingInputs, type ReadingDraft } from "@/components/meters/reading-inputs";
import { Button } from "@/components/ui/button";
import type { PremiseForReadings } from "@/lib/meters/find-premises-for-readings";
import type { MeterView, OutcomeView } from "@/lib/meters/premise-meter-view";
import { findPremisesForReadingsAction, premiseReadingsAction, submitEntryReadingsAction } from "./actions";

type Loaded = { premise: PremiseForReadings; period: string; closed: string | null; meters: MeterView[] };
type Saved = Extract<OutcomeView, { ok: true }>["saved"];

const none = new Set<string>();

/**
 * 003 §13 «Как подать показания ИПУ через CRM»: find the premise, type every meter's reading on one screen, save them
 * together. The rules are the server's (the same for residents and inspectors); the screen only shows its answer.
 */
export function ReadingsEntry() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [draft, setDraft] = useState<ReadingDraft>(emptyDraft);
  const [problems, setProblems] = useState<ReturnType<typeof problemsByZone>>({});
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<Saved | null>(null);
  const [busy, setBusy] = useState(false);

  async function pick(premise: PremiseForReadings) {
    setError(undefined);
    const result = await premiseReadingsAction({ premiseId: premise.id });
    if (!result.ok) return setError(result.message);
    setLoaded({ premise, ...result.data });
    setDraft(emptyDraft());
    setProblems({});
    setSaved(null);
  }

  async function save() {
    if (!loaded) return;
    const readings = draftReadings(loaded.meters, draft);
    if (!readings.length) return setError("Введите хотя бы одно показание");
    setBusy(true);
    setError(undefined);
    const result = await submitEntryReadingsAction({ readings });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    if (!result.data.ok) return setProblems(problemsByZone(result.data.problems));
    setProblems({});
    setSaved(result.data.saved);
  }

  if (saved && loaded) {
    const titleOf = (meterId: string) => loaded.meters.find((m) => m.id === meterId);
    return (
      <div className="max-w-2xl space-y-4" role="status">
        <h2 className="text-lg font-medium">Показания сохранены: {loaded.premise.address}</h2>
        <ul className="divide-y rounded-md border text-sm">
          {saved.map((s) => {
            const meter = titleOf(s.meterId);
            const zone = meter?.zones.find((z) => z.zone === s.zone);
            return (
              <li key={`${s.meterId}:${s.zone}`} className="flex flex-wrap justify-between gap-2 px-3 py-2">
                <span>
                  {meter?.title}
                  {zone && zone.zone !== "single" ? `, ${zone.label}` : ""}
                </span>
                <span>
                  {s.value} {meter?.unit} · расход {s.volume} {meter?.unit}
                  {s.duplicate ? " · уже было принято" : ""}
                  {s.flagged ? " · подтверждённый скачок" : ""}
                </span>
              </li>
            );
          })}
        </ul>
        <Button type="button" onClick={() => (setLoaded(null), setSaved(null))}>
          Следующее помещение
        </Button>
      </div>
    );
  }

  if (!loaded) {
    return (
      <div className="max-w-2xl space-y-3">
        <SearchPicker<PremiseForReadings>
          search={findPremisesForReadingsAction}
          minLength={1}
          placeholder="Ленина 5 12, номер счёта или фамилия"
          label="Помещение"
          emptyText="Не нашли помещение с приборами учёта. Приборы добавляют в разделе «Приборы учёта»."
          takenIds={none}
          takenText=""
          onPick={pick}
          render={(p) => ({ title: p.address, detail: [p.accounts && `л/с ${p.accounts}`, p.owners].filter(Boolean).join(" · ") || "без лицевого счёта" })}
        />
        {error && <p className="text-sm text-destructive">{error}</p>}
      </div>
    );
  }

  return (
    <div className="max-w-3xl space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <h2 className="text-lg font-medium">{loaded.premise.address}</h2>
          <p className="text-sm text-muted-foreground">
            Показания за {periodLabel(loaded.period)}
            {loaded.premise.accounts ? ` · л/с ${loaded.premise.accounts}` : ""}
          </p>
        </div>
        <Button type="button" variant="outline" onClick={() => setLoaded(null)}>
          Другое помещение
        </Button>
      </div>
      {loaded.closed && <p className="text-sm text-destructive">{loaded.closed}</p>}
      <ReadingInputs meters={loaded.meters} draft={draft} onChange={setDraft} problems={problems} disabled={busy} />
      {error && <p className="text-sm text-destructive">{error}</p>}
      <Button type="button" onClick={save} disabled={busy || loaded.meters.every((m) => m.refusal)}>
        {busy ? "Сохраняем…" : "Сохранить"}
      </Button>
    </div>
  );
}
