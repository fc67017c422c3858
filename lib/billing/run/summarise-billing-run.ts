import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { shiftPeriod } from "@/lib/billing/billing-period";
import { queryRows } from "@/lib/exchange/plan/bulk-sql";

/** Charged = accrued + recalculation + penalties: what the period adds to the debt, compared with the month before. */
export interface SummaryTotals {
  invoices: number;
  chargedKopecks: number;
  totalKopecks: number;
  previousChargedKopecks: number;
}

export type SkipReason = "issued" | "manual" | "no_lines";

export interface BillingRunSummary {
  period: string;
  previousPeriod: string;
  accounts: number;
  totals: SummaryTotals;
  buildings: (SummaryTotals & { buildingId: string; address: string })[];
  services: { tariffId: string | null; serviceName: string; kind: string; chargedKopecks: number; previousChargedKopecks: number }[];
  skipped: { reason: SkipReason; accounts: number; numbers: string[] }[];
}

type Row = Record<string, string | number | null>;
const n = (v: string | number | null | undefined): number => Number(v ?? 0);

/**
 * The preview of a run: its invoices per building and per service beside the previous period's issued invoices of
 * the same buildings, and the accounts of those buildings that got no draft, with why. Money as numbers of kopecks
 * in the jsonb: exact to 2^53, far beyond any organisation.
 */
export async function summariseBillingRun(db: Db, orgId: string, runId: string): Promise<BillingRunSummary> {
  const [run] = await queryRows<{ period: string }>(db, sql`select period from billing_runs where id = ${runId} and org_id = ${orgId}`);
  if (!run) throw new Error(`billing run ${runId} not found`);
  const previous = shiftPeriod(run.period, -1);
  const scope = sql`b.id = any((select building_ids from billing_runs where id = ${runId})::uuid[])`;
  const charged = sql`(l.accrued_kopecks + l.recalculation_kopecks + l.penalty_kopecks)`;
  const buildings = await queryRows<Row>(
    db,
    sql`select b.id, b.address,
          (select count(*) from invoices i where i.billing_run_id = ${runId} and i.building_id = b.id) as invoices,
          (select coalesce(sum(i.total_kopecks), 0) from invoices i where i.billing_run_id = ${runId} and i.building_id = b.id) as total,
          (select coalesce(sum(i.accrued_kopecks + i.recalculation_kopecks + i.penalty_kopecks), 0) from invoices i where i.billing_run_id = ${runId} and i.building_id = b.id) as charged,
          (select coalesce(sum(i.accrued_kopecks + i.recalculation_kopecks + i.penalty_kopecks), 0) from invoices i
             where i.org_id = ${orgId} and i.building_id = b.id and i.period = ${previous} and i.status = 'issued') as previous
        from buildings b where b.org_id = ${orgId} and ${scope} order by b.address`,
  );
  const services = await queryRows<Row>(
    db,
    sql`select l.tariff_id, max(l.service_name) as service_name, l.kind,
          coalesce(sum(${charged}) filter (where i.billing_run_id = ${runId}), 0) as charged,
          coalesce(sum(${charged}) filter (where i.period = ${previous} and i.status = 'issued'), 0) as previous
        from invoices i join invoice_lines l on l.invoice_id = i.id join buildings b on b.id = i.building_id
        where i.org_id = ${orgId} and ${scope} and (i.billing_run_id = ${runId} or (i.period = ${previous} and i.status = 'issued'))
        group by l.tariff_id, l.kind order by max(l.service_name), l.kind`,
  );
  const skipped = await queryRows<{ reason: SkipReason; accounts: number; numbers: string[] }>(
    db,
    sql`with acc as (
          select a.id, a.number from personal_accounts a join premises p on p.id = a.premise_id join buildings b on b.id = p.building_id
          where a.org_id = ${orgId} and a.archived_at is null and p.archived_at is null and ${scope}
            and not exists (select 1 from invoices i where i.account_id = a.id and i.billing_run_id = ${runId})),
        why as (
          select acc.number, case
            when exists (select 1 from invoices i where i.account_id = acc.id and i.period = ${run.period} and i.status = 'issued') then 'issued'
            when exists (select 1 from invoices i where i.account_id = acc.id and i.period = ${run.period} and i.status = 'draft' and i.billing_run_id is null) then 'manual'
            else 'no_lines' end as reason
          from acc)
        select reason, count(*)::int as accounts, to_jsonb((array_agg(number order by number))[1:20]) as numbers from why group by reason order by reason`,
  );
  const [accounts] = await queryRows<Row>(db, sql`select count(distinct account_id) as n from invoices where billing_run_id = ${runId}`);
  const buildingTotals = buildings.map((b) => ({
    buildingId: String(b.id),
    address: String(b.address),
    invoices: n(b.invoices),
    chargedKopecks: n(b.charged),
    totalKopecks: n(b.total),
    previousChargedKopecks: n(b.previous),
  }));
  const sum = (pick: (t: SummaryTotals) => number) => buildingTotals.reduce((s, t) => s + pick(t), 0);
  return {
    period: run.period,
    previousPeriod: previous,
    accounts: n(accounts?.n),
    totals: { invoices: sum((t) => t.invoices), chargedKopecks: sum((t) => t.chargedKopecks), totalKopecks: sum((t) => t.totalKopecks), previousChargedKopecks: sum((t) => t.previousChargedKopecks) },
    buildings: buildingTotals,
    services: services.map((s) => ({
      tariffId: s.tariff_id === null ? null : String(s.tariff_id),
      serviceName: String(s.service_name),
      kind: String(s.kind),
      chargedKopecks: n(s.charged),
      previousChargedKopecks: n(s.previous),
    })),
    skipped: skipped.map((s) => ({ reason: s.reason, accounts: n(s.accounts), numbers: Array.isArray(s.numbers) ? s.numbers : [] })),
  };
}
