import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { buildings, personalAccounts, premises, tariffs } from "@/db/schema";
import { tariffTypesByInvoiceType } from "@/lib/billing/billing-vocabulary";
import type { StaffContext } from "@/lib/core/context";
import { todayIn } from "@/lib/core/date-time";
import { buildingScope } from "@/lib/org/building-scope";
import { importInstructions } from "../instructions";
import { sheetTemplate } from "../xlsx/sheet-template";
import { INVOICES_SHEET, TURNOVER_SHEET, invoiceImportColumns, turnoverImportColumns } from "./invoice-columns";
import { invoiceTypeNames } from "./invoice-row-schemas";
import { invoiceKey, loadActualInvoices } from "./invoice-snapshot";

/**
 * An account of the employee's buildings with a utilities tariff of its building and no actual ЖКУ invoice for the
 * coming month, so the example rows import as downloaded (into the demo too).
 */
async function exampleAccount(ctx: StaffContext, period: string) {
  const rows = await ctx.db
    .select({ id: personalAccounts.id, account: personalAccounts.number, tariff: tariffs.code, tariffName: tariffs.name })
    .from(personalAccounts)
    .innerJoin(premises, eq(premises.id, personalAccounts.premiseId))
    .innerJoin(buildings, eq(buildings.id, premises.buildingId))
    .leftJoin(tariffs, and(eq(tariffs.buildingId, premises.buildingId), isNull(tariffs.archivedAt), eq(tariffs.zones, 1), inArray(tariffs.type, [...tariffTypesByInvoiceType.utilities])))
    .where(and(eq(personalAccounts.orgId, ctx.orgId), isNull(personalAccounts.archivedAt), buildingScope(ctx, premises.buildingId)))
    .orderBy(asc(buildings.address), asc(premises.numberKey), asc(tariffs.position))
    .limit(200);
  const taken = await loadActualInvoices(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.find((r) => r.tariffName && !taken.has(invoiceKey(r.id, "utilities", period))) ?? rows[0];
}

/** Next month: a period nobody has invoiced yet, in the «ММ.ГГГГ» form of the files. */
function nextPeriod(ctx: StaffContext) {
  const [year, month] = todayIn(ctx.timezone).split("-").map(Number) as [number, number];
  const next = month === 12 ? { y: year + 1, m: 1 } : { y: year, m: month + 1 };
  const iso = `${next.y}-${String(next.m).padStart(2, "0")}`;
  return { iso, text: `${iso.slice(5, 7)}.${iso.slice(0, 4)}` };
}

/** «Скачать шаблон» for invoices: one line of a tariff of a real account's building, priced in the file. */
export async function invoicesTemplate(ctx: StaffContext): Promise<Buffer> {
  const period = nextPeriod(ctx);
  const example = await exampleAccount(ctx, period.iso);
  return sheetTemplate({
    sheet: INVOICES_SHEET,
    columns: invoiceImportColumns,
    textColumns: ["account", "period", "service"],
    lists: { type: invoiceTypeNames },
    examples: [
      { account: example?.account ?? "100001", period: period.text, type: "ЖКУ", service: example?.tariff ?? example?.tariffName ?? "Содержание жилья", qty1: "54,3", price1: "32,5", openingDebt: "0", recalculation: "0", benefit: "0", penalty: "0", paid: "0" },
    ],
    instructions: importInstructions.invoices_xlsx,
  });
}

/** «Скачать шаблон» for an ОСВ: one account, without a service, whose sums agree. */
export async function turnoverTemplate(ctx: StaffContext): Promise<Buffer> {
  const period = nextPeriod(ctx);
  const example = await exampleAccount(ctx, period.iso);
  return sheetTemplate({
    sheet: TURNOVER_SHEET,
    columns: turnoverImportColumns,
    textColumns: ["account", "period", "service"],
    lists: { type: invoiceTypeNames },
    examples: [{ account: example?.account ?? "100001", period: period.text, type: "ЖКУ", opening: "1 500", accrued: "2 345,67", paid: "1 500", closing: "2 345,67" }],
    instructions: importInstructions.turnover_xlsx,
  });
}
