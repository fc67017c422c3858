import { randomUUID } from "node:crypto";
import type { InvoiceType } from "@/db/schema";
import { invoiceTypeLabels } from "@/lib/billing/billing-vocabulary";
import { periodText } from "@/lib/billing/ledger/ledger-export-columns";
import { includedVatKopecks, invoiceMoney, lineTotalKopecks, type LineMoney } from "@/lib/billing/line-arithmetic";
import { formatRoubles } from "../decimal";
import type { Report } from "../plan/import-record";
import type { InvoiceLineValues, InvoiceValues, MoneyValues, RegistryPlan } from "../plan/registry-plan";
import { invoiceKey, tariffSnapshot, type ImportAccount, type ImportTariff } from "./invoice-snapshot";

type Prices = { price1E4: bigint; price2E4: bigint | null; price3E4: bigint | null };

/** A service line read from a file: quantities and prices per zone (zones past the tariff's are null), its money. */
export type DraftLine = {
  line: number;
  tariff: ImportTariff | null;
  serviceName: string;
  unit: string;
  qty: [bigint, bigint | null, bigint | null];
  prices: Prices;
  money: LineMoney;
};

/** The rows of one account, type and period: one invoice. */
export type DraftInvoice = { account: ImportAccount; type: InvoiceType; period: string; lines: DraftLine[] };

/** Groups lines into invoices per account, invoice type and period, in the order the file gives them. */
export class InvoiceDrafts {
  readonly byKey = new Map<string, DraftInvoice>();

  add(account: ImportAccount, type: InvoiceType, period: string, line: DraftLine): void {
    const key = invoiceKey(account.id, type, period);
    const draft = this.byKey.get(key) ?? { account, type, period, lines: [] };
    draft.lines.push(line);
    this.byKey.set(key, draft);
  }

  /**
   * One actual invoice per account, type and period (seed 000 §11): a period already invoiced is an error on each of
   * its rows, and so is a service named twice in one invoice.
   */
  check(taken: ReadonlyMap<string, string>, report: Report, columns: { account: string; service: string }): void {
    for (const [key, draft] of this.byKey) {
      const status = taken.get(key);
      const what = `${invoiceTypeLabels[draft.type]} за ${periodText(draft.period)} у лицевого счёта ${draft.account.number}`;
      for (const { line } of status ? draft.lines : []) {
        report(
          line,
          columns.account,
          status === "issued"
            ? `Счёт ${what} уже выставлен: аннулируйте его или загрузите перерасчёт в следующем периоде`
            : `Счёт ${what} уже есть черновиком: выставьте или удалите его перед загрузкой`,
        );
      }
      const seen = new Set<string>();
      for (const l of draft.lines) {
        const service = l.tariff?.id ?? l.serviceName.toLowerCase();
        if (seen.has(service)) report(l.line, columns.service, `Услуга «${l.serviceName}» уже есть в этом счёте (${what}): одна строка на услугу`);
        seen.add(service);
      }
    }
  }

  /** The invoices as plan rows, their sums by invoiceMoney; `issue` lists them all for «Выставить сразу». */
  toPlan(issue: boolean): RegistryPlan["invoices"] {
    const create: InvoiceValues[] = [];
    const lines: InvoiceLineValues[] = [];
    for (const draft of this.byKey.values()) {
      const id = randomUUID();
      const money = invoiceMoney(
        draft.lines.map((l) => l.money),
        0n,
      );
      create.push({ id, buildingId: draft.account.buildingId, premiseId: draft.account.premiseId, accountId: draft.account.id, type: draft.type, period: draft.period, openingBalanceKopecks: "0", ...moneyText(money, money.totalKopecks) });
      draft.lines.forEach((l, position) => lines.push(lineValues(id, position, l)));
    }
    return { create, lines, issue: issue ? create.map((i) => i.id) : [] };
  }

  /** «ЛС 100001, ЖКУ за 11.2026: 3 услуги, к оплате 1 234,56 ₽». */
  static label(draft: DraftInvoice): string {
    const total = invoiceMoney(
      draft.lines.map((l) => l.money),
      0n,
    ).totalKopecks;
    return `ЛС ${draft.account.number}, ${invoiceTypeLabels[draft.type]} за ${periodText(draft.period)}: услуг ${draft.lines.length}, к оплате ${formatRoubles(total)}`;
  }
}

const text = (v: bigint | null) => (v === null ? null : v.toString());

function moneyText(m: LineMoney, total: bigint): MoneyValues {
  return {
    accruedKopecks: m.accruedKopecks.toString(),
    recalculationKopecks: m.recalculationKopecks.toString(),
    benefitKopecks: m.benefitKopecks.toString(),
    penaltyKopecks: m.penaltyKopecks.toString(),
    paidKopecks: m.paidKopecks.toString(),
    totalKopecks: total.toString(),
  };
}

function lineValues(invoiceId: string, position: number, l: DraftLine): InvoiceLineValues {
  const vat = l.tariff?.vatRate ? includedVatKopecks(l.money.accruedKopecks, l.tariff.vatRate) : null;
  return {
    id: randomUUID(),
    invoiceId,
    tariffId: l.tariff?.id ?? null,
    position,
    serviceName: l.serviceName,
    unit: l.unit,
    tariff: l.tariff ? tariffSnapshot(l.tariff, l.prices) : { name: l.serviceName },
    qty1Milli: l.qty[0].toString(),
    qty2Milli: text(l.qty[1]),
    qty3Milli: text(l.qty[2]),
    price1E4: l.prices.price1E4.toString(),
    price2E4: text(l.prices.price2E4),
    price3E4: text(l.prices.price3E4),
    openingDebtKopecks: l.money.openingDebtKopecks.toString(),
    vatKopecks: text(vat),
    ...moneyText(l.money, lineTotalKopecks(l.money)),
  };
}
