import { randomUUID } from "node:crypto";
import type { MeterZone } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { todayIn } from "@/lib/core/date-time";
import { permissionLabel } from "@/lib/core/permissions";
import { formatReading, resourceLabels, serialKey, zoneLabels } from "@/lib/meters/meter-vocabulary";
import { readingKey } from "@/lib/meters/reading-history";
import { averageMonthly, checkReading, type PriorReading } from "@/lib/meters/reading-rules";
import type { SourceRow } from "../columns";
import { IssueList } from "../import-issue";
import { nonEmpty, section } from "../plan/build-preview";
import { issueCollector, type Report } from "../plan/import-record";
import { plannedImport, type PlannedImport } from "../plan/planned-import";
import { emptyPlan, type ReadingValues } from "../plan/registry-plan";
import { fileRejected, validateRows } from "../validate-rows";
import { headerOf, readingImportColumns } from "./meter-columns";
import { zoneOf } from "./meter-cells";
import { readingImportRowSchema, type ReadingImportRow } from "./meter-row-schemas";
import { isActive, loadAccountPremises, loadImportMeters, loadKeyedReadings, loadPeriodReadings, loadPriorReadings, type ImportMeter, type PriorByZone } from "./meter-snapshot";

const header = headerOf(readingImportColumns);

type Row = { line: number; meter: ImportMeter; zone: MeterZone; period: string; value: bigint; takenOn: string | null; key: string | null };

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) map.set(k, [...(map.get(k) ?? []), item]);
  }
  return map;
}

/** The meter a row names: by serial (narrowed by account and resource when given), or by account and resource. */
function meterFinder(meters: readonly ImportMeter[], accountPremises: ReadonlyMap<string, string>) {
  const bySerial = groupBy(meters, (m) => m.serialKey);
  const byPremise = groupBy(meters, (m) => m.premiseId);
  return (data: ReadingImportRow, line: number, report: Report): ImportMeter | null => {
    const premiseId = data.account ? accountPremises.get(data.account) : undefined;
    if (data.account && !premiseId) {
      report(line, header.account, `Лицевой счёт ${data.account} не найден`);
      return null;
    }
    let candidates = data.serial ? (bySerial.get(serialKey(data.serial)) ?? []) : (byPremise.get(premiseId ?? "") ?? []);
    if (premiseId) candidates = candidates.filter((m) => m.premiseId === premiseId);
    if (data.resource) candidates = candidates.filter((m) => m.resource === data.resource);
    // A serial may come back after verification as a new meter: the working one takes the reading.
    const active = candidates.filter(isActive);
    const found = active.length ? active : candidates;
    const what = data.serial ? `с заводским номером ${data.serial}` : `«${resourceLabels[data.resource!]}» у лицевого счёта ${data.account}`;
    if (!found.length) report(line, data.serial ? header.serial : header.resource, `Прибор ${what} не найден`);
    else if (found.length > 1) {
      report(line, data.serial ? header.serial : header.resource, data.serial ? `Прибор ${what} есть в нескольких домах: укажите лицевой счёт` : `Приборов ${what} несколько: укажите заводской номер`);
    } else return found[0]!;
    return null;
  };
}

type Periods = Map<string, { prior: PriorByZone; stored: Awaited<ReturnType<typeof loadPeriodReadings>> }>;

async function loadPeriods(ctx: StaffContext, periods: Iterable<string>): Promise<Periods> {
  const loaded: Periods = new Map();
  for (const period of periods) loaded.set(period, { prior: await loadPriorReadings(ctx, period), stored: await loadPeriodReadings(ctx, period) });
  return loaded;
}

/**
 * «Показания за период»: every row is matched to a meter and zone and checked with the rules every source shares
 * (lib/meters/reading-rules.ts) against the stored history, all loaded in a few set-based queries, then against
 * the file's own earlier rows. An implausible jump is accepted but flagged — the preview lists those. A row with an
 * external id is idempotent: sent again, it is skipped. A reading the period already has with the same value is
 * skipped; with another value it is a correction, which needs «исправление показаний».
 */
export async function planReadings(ctx: StaffContext, source: Iterable<SourceRow> | AsyncIterable<SourceRow>, formPeriod: string | null): Promise<PlannedImport> {
  const [meters, accountPremises] = await Promise.all([loadImportMeters(ctx), loadAccountPremises(ctx)]);
  const findMeter = meterFinder(meters, accountPremises);
  const { issues, report } = issueCollector();
  const rows: Row[] = [];
  const checked = await validateRows(source, readingImportColumns, readingImportRowSchema, ({ line, data }) => {
    const period = data.period ?? formPeriod;
    if (!period) report(line, header.period, "Не указан период: заполните колонку «Период» или выберите месяц при загрузке");
    const meter = findMeter(data, line, report);
    if (!meter || !period) return;
    const zone = zoneOf(meter.zones, data.zone);
    if (!zone) {
      report(line, header.zone, meter.zones === 1 ? `У прибора ${meter.serialNumber} одна зона: оставьте «Зона» пустой` : `Укажите зону прибора ${meter.serialNumber}: T1, T2${meter.zones === 3 ? ", T3" : ""} (или день/ночь/пик/полупик)`);
      return;
    }
    rows.push({ line, meter, zone, period, value: data.value, takenOn: data.takenOn, key: data.externalId ? `import:${data.externalId}` : null });
  });
  if (fileRejected(checked)) return plannedImport(checked.count, checked.issues);

  const periods = await loadPeriods(ctx, new Set(rows.map((r) => r.period)));
  const keyed = await loadKeyedReadings(ctx, rows.flatMap((r) => (r.key ? [r.key] : [])));
  const today = todayIn(ctx.timezone);
  const mayCorrect = ctx.permissions.has("finance.readings.correct");
  const plan = emptyPlan();
  const flagged: ReadingValues[] = [];
  const previousOf = new Map<string, bigint | null>();
  let unchanged = 0;
  const seenZone = new Map<string, number>();
  const seenKey = new Map<string, number>();
  // The file's own readings of a meter in earlier months count as history for its later ones.
  const fromFile = new Map<string, PriorReading>();
  rows.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : a.line - b.line));
  for (const row of rows) {
    const { line, meter, zone, period, value } = row;
    const zoneKey = readingKey(meter.id, zone);
    const earlier = seenZone.get(`${zoneKey}|${period}`);
    if (earlier) {
      report(line, header.value, `Показание этого прибора${zone === "single" ? "" : ` (${zoneLabels[zone]})`} за ${period} уже указано в строке ${earlier}`);
      continue;
    }
    seenZone.set(`${zoneKey}|${period}`, line);
    if (row.key) {
      const sameKey = seenKey.get(row.key);
      if (sameKey) {
        report(line, header.externalId, `Внешний ID уже указан в строке ${sameKey}`);
        continue;
      }
      seenKey.set(row.key, line);
      const known = keyed.get(row.key);
      if (known && (known.meterId !== meter.id || known.zone !== zone || known.period !== period)) {
        report(line, header.externalId, "Показание с этим внешним ID уже загружено для другого прибора или месяца");
        continue;
      }
      if (known) {
        unchanged++;
        continue;
      }
    }
    const { prior, stored } = periods.get(period)!;
    const existing = stored.get(zoneKey);
    if (existing?.value === value) {
      unchanged++;
      continue;
    }
    if (existing && !mayCorrect) {
      report(line, header.value, `Показание за ${period} уже передано: ${formatReading(existing.value)}. Исправить его может сотрудник с правом «${permissionLabel("finance.readings.correct")}»`);
      continue;
    }
    const db = prior.get(zoneKey);
    const file = fromFile.get(zoneKey);
    const previous = file && (!db || file.period > db.last.period) ? file : (db?.last ?? null);
    const check = checkReading({
      meter,
      zone,
      value,
      period,
      todayIso: today,
      previous,
      average: db?.first ? averageMonthly([db.first, db.last]) : null,
      confirmed: true,
    });
    if (!check.ok) {
      report(line, header.value, check.message);
      continue;
    }
    fromFile.set(zoneKey, { period, value });
    const values: ReadingValues = {
      id: existing?.id ?? randomUUID(),
      meterId: meter.id,
      zone,
      period,
      kind: "regular",
      valueMilli: value.toString(),
      volumeMilli: check.volume.toString(),
      takenAt: new Date(`${row.takenOn ?? today}T12:00:00Z`).toISOString(),
      flagged: check.flagged,
      rollover: check.rollover,
      idempotencyKey: row.key,
      before: existing ? existing.value.toString() : null,
    };
    previousOf.set(values.id, existing?.value ?? previous?.value ?? null);
    (existing ? plan.readings.update : plan.readings.create).push(values);
    if (check.flagged) flagged.push(values);
  }
  if (issues.count) return plannedImport(checked.count, IssueList.join(checked.issues, issues));

  const meterById = new Map(meters.map((m) => [m.id, m]));
  const label = (r: ReadingValues) => {
    const m = meterById.get(r.meterId);
    const zone = r.zone === "single" ? "" : ` (${zoneLabels[r.zone]})`;
    const before = previousOf.get(r.id);
    return `${m ? `${resourceLabels[m.resource]} № ${m.serialNumber}` : ""}${zone}, ${r.period}: ${before === null || before === undefined ? "" : `${formatReading(before)} → `}${formatReading(BigInt(r.valueMilli))}`;
  };
  const preview = {
    rows: checked.count,
    sections: nonEmpty([
      section("readings.create", "Новые показания", plan.readings.create, label),
      section("readings.update", "Исправятся показания (старое значение останется в истории)", plan.readings.update, label),
      section("readings.flagged", "Расход намного больше обычного: показания будут приняты и отмечены для проверки", flagged, label, true),
      // Only counted: the rows are the user's own, and a re-sent file would list all of them.
      { key: "readings.unchanged", title: "Уже загружены, будут пропущены", count: unchanged, items: [] },
    ]),
  };
  return plannedImport(checked.count, IssueList.join(checked.issues, issues), { plan, preview });
}
