import { desc, eq } from "drizzle-orm";
import { invoices, personalAccounts, type InvoiceType } from "@/db/schema";
import { lastPeriods } from "@/lib/meters/consumption-chart";
import { formatPremiseAddress } from "@/lib/registry/premise-address";
import type { ResidentContext } from "../resident-context";
import { myInvoicesScope } from "./my-invoices-query";

export type MyInvoiceRow = {
  id: string;
  type: InvoiceType;
  period: string;
  accountNumber: string;
  totalKopecks: bigint;
  isActual: boolean;
  dueDate: string | null;
};

export type AmountDueBar = { period: string; kopecks: bigint | null };

export type MyInvoices = {
  premiseId: string;
  address: string;
  /** Actual invoices first (what is paid now), then the others «справочно»; each newest period first. */
  actual: MyInvoiceRow[];
  reference: MyInvoiceRow[];
  /** The amount due of the actual invoices by month, the last twelve months up to the newest invoice. */
  chart: AmountDueBar[];
};

/** «Счета» of a premise in the cabinet (seed 000, resident §1). */
export async function listMyInvoices(ctx: ResidentContext, premiseId: string): Promise<MyInvoices> {
  const { mine, where } = await myInvoicesScope(ctx, premiseId);
  const rows = await ctx.db
    .select({
      id: invoices.id,
      type: invoices.type,
      period: invoices.period,
      accountNumber: personalAccounts.number,
      totalKopecks: invoices.totalKopecks,
      isActual: invoices.isActual,
      dueDate: invoices.dueDate,
    })
    .from(invoices)
    .innerJoin(personalAccounts, eq(personalAccounts.id, invoices.accountId))
    .where(where())
    .orderBy(desc(invoices.period), invoices.type, invoices.id);
  const newest = rows[0]?.period;
  const due = new Map<string, bigint>();
  for (const r of rows) if (r.isActual) due.set(r.period, (due.get(r.period) ?? 0n) + r.totalKopecks);
  return {
    premiseId,
    address: formatPremiseAddress(mine.buildingAddress, mine.premise),
    actual: rows.filter((r) => r.isActual),
    reference: rows.filter((r) => !r.isActual),
    chart: newest ? lastPeriods(newest, 12).map((period) => ({ period, kopecks: due.get(period) ?? null })) : [],
  };
}
