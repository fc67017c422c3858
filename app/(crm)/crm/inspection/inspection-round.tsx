"use client";

import { periodLabel } from "@/lib/meters/collection-window";
import { Check, CloudOff, TriangleAlert } from "lucide-react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { draftReadings, emptyDraft, problemsByZone, ReadingInputs, zoneKey, type ReadingDraft } from "@/components/meters/reading-inputs";
import { Button } from "@/components/ui/button";
import type { InspectionRound, RoundFlat } from "@/lib/meters/inspection-round";
import { cn } from "@/lib/utils";
import { inspectionRoundAction, submitInspectionReadingsAction } from "./actions";
import { BUILDING_KEY, cacheRound, loadCachedRound, loadQueue, newSubmissionId, saveQueue, type QueuedFlat } from "./reading-queue";

type Option = { value: string; label: string };
type Answer = { kind: "saved" } | { kind: "refused"; entry: QueuedFlat } | { kind: "offline" };

/** Sends one queued flat. A thrown error is the network (or the server unreachable): the entry stays queued. */
async function send(entry: QueuedFlat): Promise<Answer> {
  let result: Awaited<ReturnType<typeof submitInspectionReadingsAction>>;
  try {
    result = await submitInspectionReadingsAction({ readings: entry.readings });
  } catch {
    return { kind: "offline" };
  }
  if (!result.ok) {
    // Signed out meanwhile: keep the readings until the inspector signs in again.
    if (result.code === "UNAUTHENTICATED") return { kind: "offline" };
    return { kind: "refused", entry: { ...entry, status: "refused", message: result.message, problems: [] } };
  }
  if (!result.data.ok) return { kind: "refused", entry: { ...entry, status: "refused", problems: result.data.problems } };
  return { kind: "saved" };
}

const entranceName = (e: string) => (e ? `Подъезд ${e}` : "Без подъезда");

/**
 * «Обход квартир» for the inspector's phone: building → entrance → flat, big inputs, «Сохранить и дальше». Every
 * flat's readings go into a local queue first, each reading with its own submission id, and leave it only when the
 * server has answered; without a network they wait («ожидает отправки») and are sent when it is back. A resend of the
 * same ids never saves twice — the server recognises them.
 */
export function InspectionRoundScreen({ buildings }: { buildings: Option[] }) {
  // Rendered in the browser only (see inspection-client.tsx), so the phone's storage is read while initialising.
  const [buildingId, setBuildingId] = useState<string | null>(() => window.localStorage.getItem(BUILDING_KEY));
  const [round, setRound] = useState<InspectionRound | null>(() => (buildingId ? loadCachedRound(buildingId) : null));
  const [entrance, setEntrance] = useState<string | null>(null);
  const [flatId, setFlatId] = useState<string | null>(null);
  const [draft, setDraft] = useState<ReadingDraft>(emptyDraft);
  const [queue, setQueue] = useState<QueuedFlat[]>(loadQueue);
  const [doneNow, setDoneNow] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const flushing = useRef(false);
  const queueRef = useRef<QueuedFlat[]>(queue);

  const updateQueue = useCallback((next: QueuedFlat[]) => {
    queueRef.current = next;
    saveQueue(next);
    setQueue(next);
  }, []);

  const markDone = useCallback((premiseId: string) => setDoneNow((s) => new Set(s).add(premiseId)), []);

  /** Sends every pending flat in order; stops at the first network failure (still offline). */
  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    try {
      for (const entry of queueRef.current.filter((e) => e.status === "pending")) {
        const answer = await send(entry);
        if (answer.kind === "offline") break;
        if (answer.kind === "saved") markDone(entry.premiseId);
        const rest = queueRef.current.filter((e) => e.id !== entry.id);
        updateQueue(answer.kind === "refused" ? [...rest, answer.entry] : rest);
      }
    } finally {
      flushing.current = false;
    }
  }, [markDone, updateQueue]);

  useEffect(() => {
    void flush();
    const online = () => void flush();
    window.addEventListener("online", online);
    // navigator.onLine can be wrong both ways; a quiet retry every 20 s covers what the event misses.
    const timer = window.setInterval(() => queueRef.current.some((e) => e.status === "pending") && void flush(), 20_000);
    return () => {
      window.removeEventListener("online", online);
      window.clearInterval(timer);
    };
  }, [flush, updateQueue]);

  /** The round from the server, kept on the phone; without a network the copy loaded earlier stays on screen. */
  const refreshRound = useCallback((id: string) => {
    let stale = false;
    inspectionRoundAction({ buildingId: id })
      .then((result) => {
        if (stale) return;
        if (result.ok) {
          cacheRound(result.data);
          setRound(result.data);
        } else setNotice(result.message);
      })
      .catch(() => !stale && setNotice("Нет связи: показан список квартир, загруженный раньше"));
    return () => {
      stale = true;
    };
  }, []);

  useEffect(() => (buildingId ? refreshRound(buildingId) : undefined), [buildingId, refreshRound]);

  function chooseBuilding(id: string | null) {
    if (id) window.localStorage.setItem(BUILDING_KEY, id);
    else window.localStorage.removeItem(BUILDING_KEY);
    setBuildingId(id);
    setRound(id ? loadCachedRound(id) : null);
    setEntrance(null);
    setFlatId(null);
    setNotice(undefined);
  }

  const entrances = useMemo(() => [...new Set((round?.flats ?? []).map((f) => f.entrance))], [round]);
  const flats = useMemo(() => (round?.flats ?? []).filter((f) => f.entrance === entrance), [round, entrance]);
  const flat = flats.find((f) => f.id === flatId) ?? null;
  const queued = (premiseId: string) => queue.find((e) => e.premiseId === premiseId);

  function openFlat(next: RoundFlat | undefined) {
    setFlatId(next?.id ?? null);
    const entry = next && queued(next.id);
    // A refused flat opens with what was typed, so only the wrong reading needs retyping.
    setDraft(
      entry
        ? {
            values: Object.fromEntries(entry.readings.map((r) => [zoneKey(r.meterId, r.zone), r.value])),
            confirmed: Object.fromEntries(entry.readings.map((r) => [zoneKey(r.meterId, r.zone), r.confirmed])),
          }
        : emptyDraft(),
    );
    window.scrollTo({ top: 0 });
  }

  const nextFlat = (current: RoundFlat) => flats[flats.findIndex((f) => f.id === current.id) + 1];

  async function saveAndNext() {
    if (!flat || !buildingId) return;
    const readings = draftReadings(flat.meters, draft);
    if (!readings.length) return setNotice("Введите показания или нажмите «Пропустить»");
    setNotice(undefined);
    const entry: QueuedFlat = {
      id: newSubmissionId(),
      buildingId,
      premiseId: flat.id,
      flatLabel: flat.label,
      readings: readings.map((r) => ({ ...r, submissionId: newSubmissionId() })),
      status: "pending",
      queuedAt: new Date().toISOString(),
    };
    // Into the phone's storage before anything is sent: a dropped connection or a closed tab loses nothing.
    updateQueue([...queueRef.current.filter((e) => e.premiseId !== flat.id), entry]);
    setBusy(true);
    const answer = await send(entry);
    setBusy(false);
    const rest = queueRef.current.filter((e) => e.id !== entry.id);
    if (answer.kind === "refused") {
      updateQueue([...rest, answer.entry]);
      if (answer.entry.message) setNotice(answer.entry.message);
      return;
    }
    if (answer.kind === "saved") {
      updateQueue(rest);
      markDone(flat.id);
      void flush();
    } else setNotice(`${flat.label}: нет связи, показания ожидают отправки`);
    const next = nextFlat(flat);
    if (next) openFlat(next);
    else {
      setFlatId(null);
      setNotice((n) => n ?? `${entranceName(flat.entrance)}: все квартиры пройдены`);
    }
  }

  const pending = queue.filter((e) => e.status === "pending");
  const refusedEntry = flat ? queue.find((e) => e.premiseId === flat.id && e.status === "refused") : undefined;
  const waiting = flat ? queued(flat.id)?.status === "pending" : false;

  return (
    <div className="mx-auto max-w-md space-y-4 pb-24">
      <h1 className="text-2xl font-semibold">Обход квартир</h1>
      {pending.length > 0 && (
        <div className="flex items-center justify-between gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:bg-amber-950" role="status">
          <span className="flex items-center gap-2">
            <CloudOff className="size-4" aria-hidden />
            Ожидает отправки: {pending.map((e) => e.flatLabel).join(", ")}
          </span>
          <Button type="button" size="sm" onClick={() => void flush()}>
            Отправить
          </Button>
        </div>
      )}
      {notice && (
        <p className="text-sm text-muted-foreground" role="status">
          {notice}
        </p>
      )}

      <label className="block space-y-1">
        <span className="text-sm font-medium">Дом</span>
        <select
          className="h-12 w-full rounded-md border bg-background px-3 text-base"
          value={buildingId ?? ""}
          onChange={(e) => chooseBuilding(e.target.value || null)}
        >
          <option value="">Выберите дом</option>
          {buildings.map((b) => (
            <option key={b.value} value={b.value}>
              {b.label}
            </option>
          ))}
        </select>
      </label>

      {round && round.buildingId === buildingId && (
        <>
          <p className="text-sm text-muted-foreground">Показания за {periodLabel(round.period)}</p>
          {round.closed && <p className="text-sm text-destructive">{round.closed}</p>}
          {round.flats.length === 0 && <p className="text-sm text-muted-foreground">В доме нет квартир с приборами учёта.</p>}
          <div className="flex flex-wrap gap-2" role="group" aria-label="Подъезд">
            {entrances.map((e) => (
              <Button
                key={e}
                type="button"
                size="lg"
                variant={e === entrance ? "default" : "outline"}
                onClick={() => {
                  setEntrance(e);
                  setFlatId(null);
                }}
              >
                {entranceName(e)}
              </Button>
            ))}
          </div>
        </>
      )}

      {entrance !== null && !flat && (
        <ul className="grid grid-cols-3 gap-2" aria-label="Квартиры">
          {flats.map((f) => {
            const entry = queued(f.id);
            const done = f.done || doneNow.has(f.id);
            const mark = entry?.status === "refused" ? "ошибка" : entry ? "ожидает" : done ? "сделано" : null;
            return (
              <li key={f.id}>
                <button
                  type="button"
                  onClick={() => openFlat(f)}
                  className={cn(
                    "flex h-16 w-full flex-col items-center justify-center rounded-md border text-base",
                    done && !entry && "border-green-600 bg-green-50 dark:bg-green-950",
                    entry?.status === "pending" && "border-amber-400",
                    entry?.status === "refused" && "border-destructive",
                  )}
                >
                  <span className="font-medium">{f.label}</span>
                  {mark && <span className="text-xs text-muted-foreground">{mark}</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}

      {flat && (
        <section aria-label={flat.label} className="space-y-4">
          <div className="flex items-baseline justify-between">
            <h2 className="text-xl font-semibold">
              {flat.label}
              {flat.floor && <span className="text-base font-normal text-muted-foreground"> · этаж {flat.floor}</span>}
            </h2>
            <Button type="button" variant="ghost" onClick={() => setFlatId(null)}>
              К списку
            </Button>
          </div>
          {(flat.done || doneNow.has(flat.id)) && !queued(flat.id) && (
            <p className="flex items-center gap-1 text-sm text-green-700">
              <Check className="size-4" aria-hidden /> Показания за этот месяц переданы
            </p>
          )}
          {waiting && <p className="text-sm text-amber-700">Показания этой квартиры ожидают отправки</p>}
          {refusedEntry?.message && (
            <p className="flex items-center gap-1 text-sm text-destructive">
              <TriangleAlert className="size-4" aria-hidden /> {refusedEntry.message}
            </p>
          )}
          <ReadingInputs meters={flat.meters} draft={draft} onChange={setDraft} problems={problemsByZone(refusedEntry?.problems ?? [])} large disabled={busy || waiting} />
          <div className="sticky bottom-0 flex gap-2 bg-background py-3">
            <Button type="button" size="lg" className="h-14 min-w-0 flex-1 shrink whitespace-normal text-base" onClick={() => void saveAndNext()} disabled={busy || waiting}>
              {busy ? "Сохраняем…" : "Сохранить и дальше"}
            </Button>
            <Button type="button" size="lg" variant="outline" className="h-14 px-3" onClick={() => openFlat(nextFlat(flat))} disabled={busy}>
              Пропустить
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}
