import { and, asc, eq, sql } from "drizzle-orm";
import { buildings, employees, invoiceLines, personalAccounts, premises } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import type { StaffContext } from "@/lib/core/context";
import { invoicePayments } from "@/lib/payments/list/invoice-payments";
import { formatPremiseAddress } from "@/lib/registry/premise-address";
import { areaMilli } from "../line-arithmetic";
import { findInvoice } from "./find-invoice";
import { invoiceTariffOptions } from "./invoice-tariff-options";

/**
 * Everything the invoice card shows: the invoice with its address and account, its lines in order, the payments that
 * paid it (their items for this invoice), and — for a draft — the services «+» may add with the premise's area for default quantities.
 */
export async function getInvoiceCard(ctx: StaffContext, id: string) {
  assertPermission(ctx, "finance.invoices.view");
  const invoice = await findInvoice(ctx.db, ctx, id);
  const [place] = await ctx.db
    .select({ buildingAddress: buildings.address, premiseType: premises.type, premiseNumber: premises.number, totalArea: premises.totalArea, accountNumber: personalAccounts.number })
    .from(premises)
    .innerJoin(buildings, eq(buildings.id, premises.buildingId))
    .innerJoin(personalAccounts, eq(personalAccounts.id, invoice.accountId))
    .where(eq(premises.id, invoice.premiseId));
  if (!place) throw new Error(`invoice ${id} has no premise`);
  const [lines, payments, tariffOptions, issuedBy] = await Promise.all([
    ctx.db.select().from(invoiceLines).where(and(eq(invoiceLines.orgId, ctx.orgId), eq(invoiceLines.invoiceId, id))).orderBy(asc(invoiceLines.position), asc(invoiceLines.createdAt)),
    invoicePayments(ctx.db, ctx.orgId, id),
    invoice.status === "draft" ? invoiceTariffOptions(ctx.db, ctx.orgId, invoice) : Promise.resolve([]),
    invoice.issuedBy ? ctx.db.select({ name: sql<string>`concat_ws(' ', ${employees.lastName}, ${employees.firstName})` }).from(employees).where(eq(employees.id, invoice.issuedBy)).then((r) => r[0]?.name ?? null) : Promise.resolve(null),
  ]);
  return {
    invoice,
    address: formatPremiseAddress(place.buildingAddress, { type: place.premiseType, number: place.premiseNumber }),
    accountNumber: place.accountNumber,
    areaMilli: areaMilli(place.totalArea),
    issuedBy,
    lines,
    payments,
    tariffOptions,
  };
}
export type InvoiceCard = Awaited<ReturnType<typeof getInvoiceCard>>;
