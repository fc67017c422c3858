import { tariffTypesByInvoiceType, invoiceTypeLabels, tariffTypeLabels } from "@/lib/billing/billing-vocabulary";
import { accruedKopecks } from "@/lib/billing/line-arithmetic";
import type { StaffContext } from "@/lib/core/context";
import type { SourceRow } from "../columns";
import { IssueList } from "../import-issue";
import { headerOf } from "../meters/meter-columns";
import { nonEmpty, section } from "../plan/build-preview";
import { issueCollector } from "../plan/import-record";
import { plannedImport, type PlannedImport } from "../plan/planned-import";
import { emptyPlan } from "../plan/registry-plan";
import { fileRejected, validateRows, type ValidRow } from "../validate-rows";
import { InvoiceDrafts } from "./invoice-drafts";
import { invoiceImportColumns } from "./invoice-columns";
import { invoiceImportRowSchema, type InvoiceImportRow } from "./invoice-row-schemas";
import { loadActualInvoices, loadImportAccounts, loadImportTariffs, priceInForce } from "./invoice-snapshot";

const header = headerOf(invoiceImportColumns);
const zoneHeaders = [
  [header.qty1, header.price1],
  [header.qty2, header.price2],
  [header.qty3, header.price3],
] as const;

/**
 * «Счета из шаблона»: every row is a service line of a tariff of the account's building — by code or name — with
 * its quantity per zone and, unless the file gives one, the price in force on the period's first day. Rows of one
 * account, invoice type and period make one invoice. Every problem is reported with its row; a file with any is
 * not imported at all. The invoices are issued in the commit (ledger entries included) unless `issue` is off.
 */
export async function planInvoices(ctx: StaffContext, source: Iterable<SourceRow> | AsyncIterable<SourceRow>, issue: boolean): Promise<PlannedImport> {
  const rows: ValidRow<InvoiceImportRow>[] = [];
  const checked = await validateRows(source, invoiceImportColumns, invoiceImportRowSchema, (row) => rows.push(row));
  if (fileRejected(checked)) return plannedImport(checked.count, checked.issues);

  const accounts = await loadImportAccounts(
    ctx,
    rows.map((r) => r.data.account),
  );
  const findTariff = await loadImportTariffs(
    ctx,
    [...accounts.values()].map((a) => a.buildingId),
  );
  const { issues, report } = issueCollector();
  const drafts = new InvoiceDrafts();
  for (const { line, data } of rows) {
    const account = accounts.get(data.account);
    if (!account) report(line, header.account, `Лицевой счёт ${data.account} не найден`);
    else if (!account.inScope) report(line, header.account, `Дом лицевого счёта ${data.account} не входит в ваши объекты`);
    if (!account?.inScope) continue;
    const tariff = findTariff(account.buildingId, data.service);
    if (!tariff) {
      report(line, header.service, `Услуги «${data.service}» нет среди тарифов дома лицевого счёта ${data.account}`);
      continue;
    }
    if (!tariffTypesByInvoiceType[data.type].includes(tariff.type)) {
      report(line, header.service, `Услуга «${tariff.name}» (${tariffTypeLabels[tariff.type]}) не входит в счёт «${invoiceTypeLabels[data.type]}»`);
      continue;
    }
    const quantities = [data.qty1, data.qty2, data.qty3];
    const given = [data.price1, data.price2, data.price3];
    const inForce = priceInForce(tariff, data.period);
    const prices = [given[0] ?? inForce?.price1E4 ?? null, given[1] ?? inForce?.price2E4 ?? null, given[2] ?? inForce?.price3E4 ?? null];
    let ok = true;
    zoneHeaders.forEach(([qtyHeader, priceHeader], zone) => {
      if (zone >= tariff.zones) {
        if (quantities[zone] !== null || given[zone] !== null) {
          report(line, qtyHeader, `У услуги «${tariff.name}» ${tariff.zones === 1 ? "одна зона" : `${tariff.zones} зоны`}: зона T${zone + 1} лишняя`);
          ok = false;
        }
      } else if (prices[zone] === null) {
        report(line, priceHeader, `У услуги «${tariff.name}» нет цены на ${data.period.slice(5, 7)}.${data.period.slice(0, 4)}: укажите тариф в файле или добавьте цену в тарифах дома`);
        ok = false;
      }
    });
    if (!ok) continue;
    const qty: [bigint, bigint | null, bigint | null] = [quantities[0] ?? 0n, tariff.zones > 1 ? (quantities[1] ?? 0n) : null, tariff.zones > 2 ? (quantities[2] ?? 0n) : null];
    const zonePrices = { price1E4: prices[0] ?? 0n, price2E4: tariff.zones > 1 ? (prices[1] ?? 0n) : null, price3E4: tariff.zones > 2 ? (prices[2] ?? 0n) : null };
    const accrued = accruedKopecks([
      { qtyMilli: qty[0], priceE4: zonePrices.price1E4 },
      { qtyMilli: qty[1] ?? 0n, priceE4: zonePrices.price2E4 ?? 0n },
      { qtyMilli: qty[2] ?? 0n, priceE4: zonePrices.price3E4 ?? 0n },
    ]);
    drafts.add(account, data.type, data.period, {
      line,
      tariff,
      serviceName: tariff.name,
      unit: tariff.unit,
      qty,
      prices: zonePrices,
      money: { accruedKopecks: accrued, openingDebtKopecks: data.openingDebt, recalculationKopecks: data.recalculation, benefitKopecks: data.benefit, penaltyKopecks: data.penalty, paidKopecks: data.paid },
    });
  }
  const taken = await loadActualInvoices(
    ctx,
    [...drafts.byKey.values()].map((d) => d.account.id),
  );
  drafts.check(taken, report, { account: header.account, service: header.service });
  if (issues.count) return plannedImport(checked.count, IssueList.join(checked.issues, issues));

  const plan = emptyPlan();
  plan.invoices = drafts.toPlan(issue);
  const all = [...drafts.byKey.values()];
  const preview = {
    rows: checked.count,
    sections: nonEmpty([section("invoices.create", issue ? "Будут созданы и выставлены счета (начисления попадут в расчёты лицевых счетов)" : "Будут созданы черновики счетов", all, InvoiceDrafts.label)]),
  };
  return plannedImport(checked.count, IssueList.join(checked.issues, issues), { plan, preview });
}
