import { randomUUID } from "node:crypto";
import type { StaffContext } from "@/lib/core/context";
import { todayIn } from "@/lib/core/date-time";
import { formatReading, resourceLabels, serialKey } from "@/lib/meters/meter-vocabulary";
import type { SourceRow } from "../columns";
import { IssueList } from "../import-issue";
import { nonEmpty, section } from "../plan/build-preview";
import { issueCollector, type Report } from "../plan/import-record";
import { plannedImport, type PlannedImport } from "../plan/planned-import";
import { emptyPlan, type MeterValues } from "../plan/registry-plan";
import { loadRegistrySnapshot } from "../plan/registry-snapshot";
import { indexSnapshot, premiseKey, type SnapshotIndex } from "../plan/snapshot-index";
import { fileRejected, validateRows, type ValidRow } from "../validate-rows";
import { tariffZone } from "./meter-cells";
import { headerOf, meterImportColumns } from "./meter-columns";
import { meterImportRowSchema, type MeterImportRow } from "./meter-row-schemas";
import { isActive, loadImportMeters } from "./meter-snapshot";

const header = headerOf(meterImportColumns);

type Placement = { buildingId: string; premiseId: string | null; accountId: string | null };

/** Where the row's meter is: the account's premise, or the flat of the named building, or the building itself (ОДПУ). */
function placementOf(index: SnapshotIndex, { line, data }: ValidRow<MeterImportRow>, report: Report): Placement | null {
  let building: string | null = null;
  if (data.building) {
    const match = index.findBuilding(data.building);
    if ("problem" in match) {
      report(line, header.building, match.problem === "ambiguous" ? `Адрес «${data.building}» подходит к нескольким объектам — укажите внешний ID объекта` : `Объект «${data.building}» не найден в разделе «Объекты»`);
      return null;
    }
    building = match.building.id;
  }
  if (data.account) {
    const account = index.accountByNumber.get(data.account);
    const premise = account && index.premiseById.get(account.premiseId);
    if (!account || !premise || !index.buildingById.has(premise.buildingId)) {
      report(line, header.account, `Лицевой счёт ${data.account} не найден`);
      return null;
    }
    if (building && building !== premise.buildingId) {
      report(line, header.account, `Лицевой счёт ${data.account} относится к другому объекту: ${index.premiseAddress(premise)}`);
      return null;
    }
    return { buildingId: premise.buildingId, premiseId: premise.id, accountId: account.id };
  }
  if (!building) return null;
  if (!data.flat) return { buildingId: building, premiseId: null, accountId: null };
  const premise = index.premiseByKey.get(premiseKey(building, "flat", data.flat));
  if (!premise) {
    report(line, header.flat, `Квартира ${data.flat} не найдена в объекте «${index.buildingById.get(building)?.address ?? data.building}»: сначала загрузите помещения`);
    return null;
  }
  return { buildingId: building, premiseId: premise.id, accountId: null };
}

/**
 * «Приборы учёта с последними показаниями»: each row is a new meter of a premise (found the way the registry imports
 * find them) or of a building. A serial names one working meter in a building — twice in the file, or once in the
 * file and once in the CRM, is an error; a row whose external id and serial match a meter already loaded is the same
 * meter and is skipped, so a file can be loaded again. The last readings become the meter's initial readings: the
 * volume before them was billed elsewhere.
 */
export async function planMeters(ctx: StaffContext, source: Iterable<SourceRow> | AsyncIterable<SourceRow>): Promise<PlannedImport> {
  const [snapshot, stored] = await Promise.all([loadRegistrySnapshot(ctx), loadImportMeters(ctx)]);
  const index = indexSnapshot(snapshot);
  const storedBySerial = new Map(stored.filter(isActive).map((m) => [`${m.buildingId}|${m.serialKey}`, m]));
  const storedByExternal = new Map(stored.filter((m) => m.externalId).map((m) => [m.externalId ?? "", m]));
  const { issues, report } = issueCollector();
  const plan = emptyPlan();
  const seenSerial = new Map<string, number>();
  const seenExternal = new Map<string, number>();
  const today = todayIn(ctx.timezone);
  let unchanged = 0;
  const checked = await validateRows(source, meterImportColumns, meterImportRowSchema, (row) => {
    const { line, data } = row;
    const placement = placementOf(index, row, report);
    if (!placement) return;
    const key = serialKey(data.serialNumber);
    const serialAt = `${placement.buildingId}|${key}`;
    const earlier = seenSerial.get(serialAt);
    if (earlier) return report(line, header.serial, `Заводской номер ${data.serialNumber} уже указан в строке ${earlier}: в одном доме номер не повторяется`);
    seenSerial.set(serialAt, line);
    if (data.externalId) {
      const sameId = seenExternal.get(data.externalId);
      if (sameId) return report(line, header.externalId, `Внешний ID ${data.externalId} уже указан в строке ${sameId}`);
      seenExternal.set(data.externalId, line);
    }
    const existing = storedBySerial.get(serialAt);
    if (existing && data.externalId && existing.externalId === data.externalId) {
      unchanged++;
      return;
    }
    if (existing) return report(line, header.serial, `Прибор с заводским номером ${data.serialNumber} уже есть в этом доме`);
    if (data.externalId && storedByExternal.has(data.externalId)) return report(line, header.externalId, `Прибор с внешним ID ${data.externalId} уже есть в CRM`);

    const id = randomUUID();
    const startedOn = data.readingDate ?? data.installedOn ?? today;
    const initial: Record<string, string> = {};
    for (let tariff = 1; tariff <= data.zones; tariff++) {
      const zone = tariffZone(data.zones, tariff)!;
      const value = data.readings[tariff - 1] ?? 0n;
      initial[zone] = value.toString();
      plan.readings.create.push({
        id: randomUUID(),
        meterId: id,
        zone,
        period: startedOn.slice(0, 7),
        kind: "initial",
        valueMilli: value.toString(),
        volumeMilli: "0",
        takenAt: new Date(`${startedOn}T12:00:00Z`).toISOString(),
        flagged: false,
        rollover: false,
        idempotencyKey: null,
        before: null,
      });
    }
    plan.meters.create.push({
      id,
      ...placement,
      resource: data.resource,
      zones: data.zones,
      serialNumber: data.serialNumber,
      serialKey: key,
      model: data.model ?? null,
      place: data.place ?? null,
      installedOn: data.installedOn,
      manufacturedOn: data.manufacturedOn,
      verificationIntervalYears: data.verificationIntervalYears,
      nextVerificationOn: data.nextVerificationOn,
      sealNumber: data.seal ?? null,
      digits: data.digits,
      externalId: data.externalId ?? null,
      statusSince: data.installedOn ?? today,
      initial,
    });
  });
  if (fileRejected(checked) || issues.count) return plannedImport(checked.count, IssueList.join(checked.issues, issues));

  const place = (m: MeterValues) => {
    const premise = m.premiseId ? index.premiseById.get(m.premiseId) : undefined;
    return premise ? index.premiseAddress(premise) : `${index.buildingById.get(m.buildingId)?.address ?? ""} (общедомовой)`;
  };
  const label = (m: MeterValues) => {
    const readings = Object.values(m.initial).map((v) => formatReading(BigInt(v))).join(" / ");
    return `${resourceLabels[m.resource]} № ${m.serialNumber} — ${place(m)}; показания: ${readings}`;
  };
  const preview = {
    rows: checked.count,
    sections: nonEmpty([
      section("meters.create", "Новые приборы учёта", plan.meters.create, label),
      { key: "meters.unchanged", title: "Уже загружены (тот же внешний ID и номер), будут пропущены", count: unchanged, items: [] },
    ]),
  };
  return plannedImport(checked.count, IssueList.join(checked.issues, issues), { plan, preview });
}

