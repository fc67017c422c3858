import type { MeterEventAction, MeterStatus, MeterZone } from "@/db/schema";
import { formatCalendarDate } from "@/lib/core/date-time";
import { formatReading, statusLabels, zoneLabels } from "../meter-vocabulary";

type Snapshot = Record<string, unknown> | null;

/** Journal JSON keeps readings as decimal text of thousandths (see meter-journal.ts). */
const reading = (value: unknown) => (typeof value === "string" && /^\d+$/.test(value) ? formatReading(BigInt(value)) : typeof value === "number" ? formatReading(BigInt(value)) : null);

const zoned = (zone: unknown, text: string) => (typeof zone === "string" && zone !== "single" ? `${zoneLabels[zone as MeterZone] ?? zone}: ${text}` : text);

const readingsText = (values: unknown) =>
  values && typeof values === "object"
    ? Object.entries(values as Record<string, unknown>)
        .map(([zone, v]) => zoned(zone, reading(v) ?? "—"))
        .join("; ") || null
    : null;

const statusText = (s: Snapshot) => (s && typeof s.status === "string" ? (statusLabels[s.status as MeterStatus] ?? s.status) : null);

const cardFields: [string, string][] = [
  ["serialNumber", "Заводской номер"],
  ["model", "Модель"],
  ["place", "Место"],
  ["sealNumber", "Пломба"],
  ["nextVerificationOn", "Поверка до"],
  ["lastCheckedOn", "Проверка"],
  ["digits", "Разрядность"],
];
const fieldText = (value: unknown) => (value == null || value === "" ? "—" : typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatCalendarDate(value) : String(value));

/**
 * «Было → стало» of a journal row in words: the reading's value (with its zone), the meter's status, the initial or
 * final readings of an installation or a replacement, or the card fields that changed.
 */
export function journalChange(action: MeterEventAction, before: Snapshot, after: Snapshot): { before: string | null; after: string | null } {
  if (action.startsWith("meter_reading.")) {
    const zone = after?.zone;
    const was = reading(before?.value);
    const now = reading(after?.value);
    return { before: was && zoned(zone, was), after: now && `${zoned(zone, now)}${after?.flagged ? " (подтверждённый скачок)" : ""}` };
  }
  if (action === "meter.created") return { before: null, after: readingsText(after?.initialReadings) && `Начальные: ${readingsText(after?.initialReadings)}` };
  if (action === "meter.replaced" || (action === "meter.status_changed" && after?.finalReadings)) {
    const final = readingsText(after?.finalReadings);
    return { before: statusText(before), after: [statusText(after), final && `конечные: ${final}`].filter(Boolean).join(", ") || null };
  }
  if (action === "meter.status_changed") return { before: statusText(before), after: statusText(after) };
  const changed = cardFields.filter(([key]) => fieldText(before?.[key]) !== fieldText(after?.[key]));
  if (!changed.length) return { before: null, after: null };
  return {
    before: changed.map(([key, label]) => `${label}: ${fieldText(before?.[key])}`).join("; "),
    after: changed.map(([key, label]) => `${label}: ${fieldText(after?.[key])}`).join("; "),
  };
}
