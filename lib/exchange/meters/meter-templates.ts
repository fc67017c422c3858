import { and, asc, eq, isNull } from "drizzle-orm";
import { buildings, meters, personalAccounts, premises } from "@/db/schema";
import type { StaffContext } from "@/lib/core/context";
import { todayIn } from "@/lib/core/date-time";
import { buildingScope } from "@/lib/org/building-scope";
import { importInstructions } from "../instructions";
import { sheetTemplate } from "../xlsx/sheet-template";
import { resourceNames } from "./meter-cells";
import { METERS_SHEET, READINGS_SHEET, meterImportColumns, readingImportColumns } from "./meter-columns";

const ruDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** A flat of the employee's buildings with its account, so the example rows point at something real. */
async function exampleFlat(ctx: StaffContext) {
  const [row] = await ctx.db
    .select({ address: buildings.address, flat: premises.number, account: personalAccounts.number })
    .from(premises)
    .innerJoin(buildings, eq(buildings.id, premises.buildingId))
    .leftJoin(personalAccounts, and(eq(personalAccounts.premiseId, premises.id), isNull(personalAccounts.archivedAt)))
    .where(and(eq(premises.orgId, ctx.orgId), eq(premises.type, "flat"), isNull(premises.archivedAt), buildingScope(ctx, premises.buildingId)))
    .orderBy(asc(buildings.address), asc(premises.numberKey))
    .limit(1);
  return row ?? { address: "Москва, ул. Ленина, д. 5", flat: "1", account: "100001" };
}

/** «Скачать шаблон» for «Приборы учёта с последними показаниями». */
export async function metersTemplate(ctx: StaffContext): Promise<Buffer> {
  const flat = await exampleFlat(ctx);
  const date = ruDate(todayIn(ctx.timezone));
  const common = { installedOn: "15.03.2024", manufacturedOn: "01.12.2023", interval: 6, digits: 5, readingDate: date };
  return sheetTemplate({
    sheet: METERS_SHEET,
    columns: meterImportColumns,
    textColumns: ["account", "flat", "serial", "seal", "externalId"],
    lists: { resource: resourceNames },
    examples: [
      { ...common, account: flat.account ?? "", resource: "ХВС", serial: "ХВ-2403151", model: "СВК-15", place: "Санузел", externalId: "ipu-1", reading1: "123,456" },
      { ...common, building: flat.address, flat: flat.flat, resource: "Электроэнергия", serial: "Э-8812", model: "Меркурий 201", zones: 2, digits: 6, interval: 16, reading1: "4 512,3", reading2: "1 870" },
      { ...common, building: flat.address, resource: "Отопление", serial: "ТС-0001", model: "ВКТ-7", place: "ИТП", interval: 4, reading1: "845,12" },
    ],
    instructions: importInstructions.meters,
  });
}

/** «Скачать шаблон» for «Показания за период»: a meter of the organisation's, when it has one. */
export async function readingsTemplate(ctx: StaffContext): Promise<Buffer> {
  const [meter] = await ctx.db
    .select({ serial: meters.serialNumber, zones: meters.zones })
    .from(meters)
    .where(and(eq(meters.orgId, ctx.orgId), buildingScope(ctx, meters.buildingId)))
    .orderBy(asc(meters.serialKey))
    .limit(1);
  const period = todayIn(ctx.timezone).slice(0, 7);
  const month = `${period.slice(5, 7)}.${period.slice(0, 4)}`;
  const serial = meter?.serial ?? "ХВ-2403151";
  return sheetTemplate({
    sheet: READINGS_SHEET,
    columns: readingImportColumns,
    textColumns: ["serial", "account", "externalId", "period"],
    lists: { resource: resourceNames },
    examples: [
      { serial, zone: meter && meter.zones > 1 ? "T1" : "", value: "130,2", period: month, externalId: `${serial}-${period}` },
      { account: "100001", resource: "ГВС", value: "56,78", period: month },
      { serial: "Э-8812", zone: "T1", value: "4 620", period: month },
      { serial: "Э-8812", zone: "T2", value: "1 905,5", period: month },
    ],
    instructions: importInstructions.meter_readings,
  });
}
