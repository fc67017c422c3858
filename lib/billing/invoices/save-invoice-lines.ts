import { and, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { invoiceLines } from "@/db/schema";
import { assertPermission } from "@/lib/access/assert-permission";
import { writeAudit } from "@/lib/audit/write-audit";
import type { StaffContext } from "@/lib/core/context";
import { AppError } from "@/lib/core/errors";
import { includedVatKopecks } from "../line-arithmetic";
import { refreshInvoiceTotals } from "../refresh-invoice-totals";
import { assertDraft, findInvoice, type InvoiceRow } from "./find-invoice";
import { lineMoneyOf } from "./invoice-line-money";
import type { InvoiceLineInput, invoiceLinesSaveSchema } from "./invoice-schema";
import { invoiceTariffOptions, type InvoiceTariffOption } from "./invoice-tariff-options";

type StoredLine = typeof invoiceLines.$inferSelect;
type LineValues = Omit<typeof invoiceLines.$inferInsert, "id" | "orgId" | "invoiceId">;

const refuse = (index: number, field: string, message: string) => new AppError("VALIDATION", message, { [`lines.${index}.${field}`]: [message] });

const zonesOf = (line: Pick<StoredLine, "price2E4" | "price3E4">) => (line.price3E4 !== null ? 3 : line.price2E4 !== null ? 2 : 1);

/** The VAT rate a line was priced with, from its tariff snapshot (written by this service or the billing run). */
const vatRateOf = (snapshot: unknown): number | null => {
  const rate = (snapshot as { vatRate?: unknown } | null)?.vatRate;
  return typeof rate === "number" ? rate : null;
};

/** A new line's name, unit and snapshot from the tariff it is added from; an ОДН line only where the tariff has ОДН. */
function newLine(index: number, input: InvoiceLineInput, options: ReadonlyMap<string, InvoiceTariffOption>): Pick<LineValues, "tariffId" | "kind" | "serviceName" | "unit" | "tariff"> {
  const tariff = input.tariffId ? options.get(input.tariffId) : undefined;
  if (!tariff || !tariff.price) throw refuse(index, "tariffId", "Эту услугу нельзя добавить в счёт: её нет среди тарифов дома для этого типа счёта и периода");
  if (input.kind === "common" && !tariff.commonEnabled) throw refuse(index, "kind", "Для этой услуги ОДН не включён");
  if (input.prices.length !== tariff.zones) throw refuse(index, "prices", `У услуги ${tariff.zones} тарифн. зон(ы)`);
  const { price, ...facts } = tariff;
  return {
    tariffId: tariff.id,
    kind: input.kind,
    serviceName: input.kind === "common" ? `${tariff.name} (ОДН)` : tariff.name,
    unit: tariff.unit,
    tariff: { ...facts, validFrom: price.validFrom, pricesE4: price.pricesE4.map(String) },
  };
}

/** The stored columns of a line as typed, with «Начислено», «Итого» and the VAT in it computed here, never taken from the form. */
function lineValues(input: InvoiceLineInput, position: number, vatRate: number | null): Omit<LineValues, "tariffId" | "kind" | "serviceName" | "unit" | "tariff"> {
  const money = lineMoneyOf({
    prices: input.prices,
    quantities: input.quantities,
    openingDebt: input.openingDebt,
    recalculation: input.recalculation,
    benefit: input.benefit,
    penalty: input.penalty,
    paid: input.paid,
  });
  return {
    position,
    price1E4: input.prices[0] ?? 0n,
    price2E4: input.prices[1] ?? null,
    price3E4: input.prices[2] ?? null,
    qty1Milli: input.quantities[0] ?? 0n,
    qty2Milli: input.quantities[1] ?? null,
    qty3Milli: input.quantities[2] ?? null,
    recalculationReason: input.recalculation === 0n ? null : input.recalculationReason,
    vatKopecks: vatRate === null ? null : includedVatKopecks(money.accruedKopecks, vatRate),
    ...money,
  };
}

async function tariffOptionsFor(tx: Db, invoice: InvoiceRow, lines: readonly InvoiceLineInput[]) {
  if (!lines.some((l) => l.id === null)) return new Map<string, InvoiceTariffOption>();
  return new Map((await invoiceTariffOptions(tx, invoice.orgId, invoice)).map((o) => [o.id, o]));
}

/**
 * «Сохранить» of a draft's services table (seed 000 §12): the rows sent are the invoice's lines from now on — rows
 * with an id are updated, new rows are priced from their tariff, rows left out are deleted. Each line's accrued and
 * total are recomputed here with lib/billing/line-arithmetic, then the invoice's money columns from its lines.
 * The invoice row is locked first, so «Выставить» cannot run between the check and the write.
 */
export async function saveInvoiceLines(ctx: StaffContext, { invoiceId, lines }: z.output<typeof invoiceLinesSaveSchema>) {
  assertPermission(ctx, "finance.invoices.edit");
  return ctx.db.transaction(async (tx) => {
    const invoice = await findInvoice(tx, ctx, invoiceId, { lock: true });
    assertDraft(invoice);
    const stored = await tx.select().from(invoiceLines).where(and(eq(invoiceLines.orgId, ctx.orgId), eq(invoiceLines.invoiceId, invoiceId)));
    const byId = new Map(stored.map((l) => [l.id, l]));
    const options = await tariffOptionsFor(tx, invoice, lines);
    const kept = new Set<string>();
    const inserts: (typeof invoiceLines.$inferInsert)[] = [];
    const updates: { id: string; values: ReturnType<typeof lineValues> }[] = [];
    lines.forEach((input, index) => {
      if (input.id === null) {
        const facts = newLine(index, input, options);
        inserts.push({ ...facts, ...lineValues(input, index, vatRateOf(facts.tariff)), orgId: ctx.orgId, invoiceId });
        return;
      }
      const line = byId.get(input.id);
      if (!line || kept.has(line.id)) throw refuse(index, "id", "Этой строки уже нет в счёте — обновите страницу");
      if (input.prices.length !== zonesOf(line)) throw refuse(index, "prices", `У услуги ${zonesOf(line)} тарифн. зон(ы)`);
      kept.add(line.id);
      updates.push({ id: line.id, values: lineValues(input, index, vatRateOf(line.tariff)) });
    });
    const removed = stored.filter((l) => !kept.has(l.id)).map((l) => l.id);
    if (removed.length) await tx.delete(invoiceLines).where(and(eq(invoiceLines.invoiceId, invoiceId), inArray(invoiceLines.id, removed)));
    for (const { id, values } of updates) await tx.update(invoiceLines).set(values).where(eq(invoiceLines.id, id));
    if (inserts.length) await tx.insert(invoiceLines).values(inserts);
    await refreshInvoiceTotals(tx, ctx.orgId, [invoiceId]);
    const after = await tx.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, invoiceId)).orderBy(invoiceLines.position);
    await writeAudit(tx, ctx, { action: "invoice.lines_saved", entityType: "invoice", entityId: invoiceId, before: stored, after });
    return { lines: after.length };
  });
}
