import { formatCalendarDate, formatDateTime } from "@/lib/core/date-time";
import { formatPremiseAddress } from "@/lib/registry/premise-address";
import type { ExportColumn } from "@/lib/table/xlsx-export";
import type { LastReading, MeterListRow } from "./list-meters";
import { formatReading, resourceLabels, statusLabels, zoneLabels } from "./meter-vocabulary";

/** Where the meter is: the flat's address, or the building's for a common-house meter (ОДПУ). */
export const meterAddress = (r: Pick<MeterListRow, "buildingAddress" | "premiseType" | "premiseNumber">) =>
  r.premiseType && r.premiseNumber !== null ? formatPremiseAddress(r.buildingAddress, { type: r.premiseType, number: r.premiseNumber }) : `${r.buildingAddress} (ОДПУ)`;

/** «123,45» for a one-rate meter; «День (T1) 120 · Ночь (T2) 45» by zones. */
export function lastReadingText(readings: readonly LastReading[]): string | null {
  if (!readings.length) return null;
  if (readings.length === 1 && readings[0]?.zone === "single") return formatReading(readings[0].value);
  return readings.map((r) => `${zoneLabels[r.zone]} ${formatReading(r.value)}`).join(" · ");
}

/** When the latest reading was taken: the newest of its zones. */
export const lastReadingDate = (readings: readonly LastReading[]): Date | null =>
  readings.reduce<Date | null>((latest, r) => (!latest || r.takenAt > latest ? r.takenAt : latest), null);

export const meterExportColumns: ExportColumn<MeterListRow>[] = [
  { header: "Адрес", value: meterAddress, width: 45 },
  { header: "Лицевой счёт", value: (r) => r.accountNumber, width: 16 },
  { header: "Собственники", value: (r) => r.owners, width: 30 },
  { header: "Ресурс", value: (r) => resourceLabels[r.resource], width: 16 },
  { header: "Заводской номер", value: (r) => r.serialNumber, width: 18 },
  { header: "Модель", value: (r) => r.model, width: 20 },
  { header: "Тарифных зон", value: (r) => r.zones, width: 10 },
  { header: "Последнее показание", value: (r) => lastReadingText(r.lastReadings), width: 30 },
  { header: "Дата показания", value: (r) => lastReadingDate(r.lastReadings), width: 18 },
  { header: "Следующая поверка", value: (r) => (r.nextVerificationOn ? formatCalendarDate(r.nextVerificationOn) : null), width: 16 },
  { header: "Статус", value: (r) => statusLabels[r.effectiveStatus], width: 22 },
];

/** A list row as the table shows it: plain text where the export writes readings and dates, so it crosses to the browser as JSON. */
export type MeterViewRow = Omit<MeterListRow, "lastReadings"> & { address: string; lastReading: string | null; lastReadingOn: string | null };

export function meterViewRow({ lastReadings, ...row }: MeterListRow, timeZone: string): MeterViewRow {
  const on = lastReadingDate(lastReadings);
  return { ...row, address: meterAddress(row), lastReading: lastReadingText(lastReadings), lastReadingOn: on ? formatDateTime(on, timeZone, "date") : null };
}
