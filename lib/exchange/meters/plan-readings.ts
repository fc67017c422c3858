import type { StaffContext } from "@/lib/core/context";
import { formatReading, resourceLabels, serialKey, zoneLabels } from "@/lib/meters/meter-vocabulary";
import type { SourceRow } from "../columns";
import { IssueList } from "../import-issue";
import { nonEmpty, section } from "../plan/build-preview";
import { issueCollector, type Report } from "../plan/import-record";
import { plannedImport, type PlannedImport } from "../plan/planned-import";
import { emptyPlan, type ReadingValues } from "../plan/registry-plan";
import { fileRejected, validateRows } from "../validate-rows";
import { checkReadingRows, type ReadingRow } from "./check-reading-rows";
import { headerOf, readingImportColumns } from "./meter-columns";
import { zoneOf } from "./meter-cells";
import { readingImportRowSchema, type ReadingImportRow } from "./meter-row-schemas";
import { isActive, loadAccountPremises, loadImportMeters, type ImportMeter } from "./meter-snapshot";

const header = headerOf(readingImportColumns);


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

/**
 * «Показания за период»: every row is matched to a meter and zone, then all are checked together by
 * checkReadingRows (the shared reading rules against the stored history). An implausible jump is accepted but
 * flagged — the preview lists those. A row with an external id is idempotent: sent again, it is skipped.
 */
export async function planReadings(ctx: StaffContext, source: Iterable<SourceRow> | AsyncIterable<SourceRow>, formPeriod: string | null): Promise<PlannedImport> {
  const [meters, accountPremises] = await Promise.all([loadImportMeters(ctx), loadAccountPremises(ctx)]);
  const findMeter = meterFinder(meters, accountPremises);
  const { issues, report } = issueCollector();
  const rows: ReadingRow[] = [];
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

  const checkedRows = await checkReadingRows(ctx, rows, { value: header.value, externalId: header.externalId }, report);
  const plan = emptyPlan();
  plan.readings = { create: checkedRows.create, update: checkedRows.update };
  const { flagged, previousOf } = checkedRows;
  const unchanged = checkedRows.unchanged.size;
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
