import { and, asc, eq, isNull } from "drizzle-orm";
import { buildings, legalEntities, personalAccounts, premises } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { buildingScope } from "@/lib/org/building-scope";
import { accountsCsvExample, debtCsvExample } from "./csv/csv-examples";
import { assertImportAllowed, type ImportKind } from "./import-kinds";
import { invoicesTemplate, turnoverTemplate } from "./invoices/invoice-templates";
import { metersTemplate, readingsTemplate } from "./meters/meter-templates";
import { registryTemplate } from "./xlsx/registry-template";

export type TemplateFile = { bytes: Buffer; fileName: string; contentType: string };

/** The first building and legal entity the employee may use, so the examples import as they are. */
async function exampleRefs(ctx: StaffContext) {
  const [building] = await ctx.db
    .select({ id: buildings.id, address: buildings.address, city: buildings.city })
    .from(buildings)
    .where(and(eq(buildings.orgId, ctx.orgId), isNull(buildings.archivedAt), buildingScope(ctx, buildings.id)))
    .orderBy(asc(buildings.address))
    .limit(1);
  const [entity] = await ctx.db
    .select({ inn: legalEntities.inn })
    .from(legalEntities)
    .where(and(eq(legalEntities.orgId, ctx.orgId), isNull(legalEntities.archivedAt)))
    .orderBy(asc(legalEntities.name))
    .limit(1);
  return { building, inn: entity?.inn ?? "" };
}

/** The first number from `start` up that is not in `taken`. */
function firstFree(taken: ReadonlySet<string>, start: number): string {
  let n = start;
  while (taken.has(String(n))) n++;
  return String(n);
}

/**
 * A flat, a parking space and two accounts that the organisation does not have yet: the example then only adds rows
 * and, imported into a working registry (the demo), replaces no premise's owners and moves no account.
 */
async function freshNumbers(ctx: StaffContext, buildingId: string | undefined) {
  const used = buildingId
    ? await ctx.db
        .select({ type: premises.type, key: premises.numberKey })
        .from(premises)
        .where(and(eq(premises.orgId, ctx.orgId), eq(premises.buildingId, buildingId), isNull(premises.archivedAt)))
    : [];
  const accounts = await ctx.db
    .select({ number: personalAccounts.number })
    .from(personalAccounts)
    .where(and(eq(personalAccounts.orgId, ctx.orgId), isNull(personalAccounts.archivedAt)));
  const keys = (type: string) => new Set(used.filter((p) => p.type === type).map((p) => p.key));
  const takenAccounts = new Set(accounts.map((a) => a.number));
  const flatAccount = firstFree(takenAccounts, 900_001);
  return {
    flat: firstFree(keys("flat"), 901),
    parking: firstFree(keys("parking"), 901),
    flatAccount,
    parkingAccount: firstFree(new Set([...takenAccounts, flatAccount]), Number(flatAccount) + 1),
  };
}

/** «Скачать пример» for each kind of import, filled with this organisation's own building where it helps. */
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function importTemplate(ctx: StaffContext, kind: ImportKind): Promise<TemplateFile> {
  if (kind === "meters" || kind === "meter_readings") {
    assertImportAllowed(ctx, kind);
    return kind === "meters"
      ? { bytes: await metersTemplate(ctx), fileName: "шаблон-приборы-учёта.xlsx", contentType: XLSX }
      : { bytes: await readingsTemplate(ctx), fileName: "шаблон-показания.xlsx", contentType: XLSX };
  }
  if (kind === "invoices_xlsx" || kind === "turnover_xlsx") {
    assertImportAllowed(ctx, kind);
    return kind === "invoices_xlsx"
      ? { bytes: await invoicesTemplate(ctx), fileName: "шаблон-счета.xlsx", contentType: XLSX }
      : { bytes: await turnoverTemplate(ctx), fileName: "шаблон-осв.xlsx", contentType: XLSX };
  }
  assertPermission(ctx, "registry.premises.edit");
  const { building, inn } = await exampleRefs(ctx);
  if (kind === "debt_csv") return { bytes: debtCsvExample(), fileName: "пример-задолженность.csv", contentType: "text/csv; charset=utf-8" };
  if (kind === "accounts_csv") {
    const prefix = building ? `${building.city}, ` : "";
    const place = building?.address.startsWith(prefix) ? { city: building.city, house: building.address.slice(prefix.length) } : null;
    return { bytes: accountsCsvExample(place), fileName: "пример-лицевые-счета.csv", contentType: "text/csv; charset=utf-8" };
  }
  const address = building?.address ?? "Москва, ул. Ленина, д. 5";
  const numbers = await freshNumbers(ctx, building?.id);
  const flat = { building: address, premiseType: "квартира", number: numbers.flat, entrance: "1", floor: "2", totalArea: "54,3", livingArea: "32,1", rooms: 2, accountNumber: numbers.flatAccount, legalEntityInn: inn };
  const bytes = await registryTemplate([
    { ...flat, lastName: "Иванов", firstName: "Иван", middleName: "Иванович", phone: "+79990000001", email: "ivanov@example.ru", basis: "собственник", share: "1/2" },
    { ...flat, lastName: "Иванова", firstName: "Мария", middleName: "Петровна", phone: "+79990000002", basis: "собственник", share: "1/2" },
    { ...flat, lastName: "Иванов", firstName: "Пётр", middleName: "Иванович", basis: "житель" },
    { building: address, premiseType: "машиноместо", number: numbers.parking, floor: "-1", totalArea: "13,25", accountNumber: numbers.parkingAccount, legalEntityInn: inn, lastName: "ООО «Ромашка»", email: "info@romashka.example", basis: "собственник" },
  ]);
  return { bytes, fileName: "шаблон-помещения-и-клиенты.xlsx", contentType: XLSX };
}
