import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { invoiceLines, invoices, type BillingRunStatus, type InvoiceType, type LedgerKind } from "@/db/schema";
import { penaltyDetailJson } from "@/lib/billing/account-penalties";
import { loadPenaltySchedule } from "@/lib/billing/penalty-rates/load-penalty-schedule";
import type { PenaltySwitches } from "@/lib/billing/penalties";
import { refreshInvoiceTotals } from "@/lib/billing/refresh-invoice-totals";
import { chunks, columnsOf, insertRows, queryRows, recordset, type Column } from "@/lib/exchange/plan/bulk-sql";
import { loadMeteringPoints, type LoadedPoint } from "@/lib/meters/metering-points";
import { computeAccountLines, type RunTariff } from "./compute-account-lines";
import { draftAccountInvoices, type DraftInvoice, type RunLedgerEntry } from "./draft-account-invoices";
import { loadRunTariffs } from "./load-run-tariffs";
import { summariseBillingRun } from "./summarise-billing-run";

/** Accounts per transaction: large enough for set-based statements to pay off, small enough for a steady progress bar. */
export const RUN_CHUNK = 500;

export interface RunHooks {
  chunkSize?: number;
  /** Called after each committed chunk (1-based); tests throw here to kill a run halfway. */
  afterChunk?: (chunk: number) => void | Promise<void>;
}

type RunRow = { id: string; org_id: string; period: string; building_ids: string[]; status: BillingRunStatus; cursor_account_id: string | null };
type AccountRow = { id: string; premise_id: string; building_id: string; total_area: string | null; registered_residents: number | null };


/**
 * Computes a billing run's drafts, chunk by chunk of accounts in id order after the run's cursor. Each chunk is one
 * transaction that replaces the chunk's run drafts for the period (issued invoices and drafts made by hand stay),
 * inserts the new invoices and lines set-based and moves the cursor: a run killed halfway continues after the last
 * committed chunk and cannot double anything (invoices_one_run_draft_uq would refuse a second draft anyway).
 */
export async function processBillingRun(db: Db, runId: string, hooks: RunHooks = {}): Promise<void> {
  const [run] = await queryRows<RunRow>(db, sql`select id, org_id, period, to_jsonb(building_ids) as building_ids, status, cursor_account_id from billing_runs where id = ${runId}`);
  if (!run || !["queued", "running", "failed"].includes(run.status)) return;
  try {
    await startRunning(db, run, run.building_ids);
    const context = await runContext(db, run.org_id, run.building_ids);
    const size = hooks.chunkSize ?? RUN_CHUNK;
    let next = prepareChunk(db, run, context, run.cursor_account_id, size);
    for (let chunk = 1; ; chunk++) {
      const prepared = await next;
      if (!prepared) break;
      const written = writeChunk(db, run, prepared);
      // The next chunk loads and computes while this one is written: on PostgreSQL the two overlap (the pool has
      // connections to spare); PGlite queues the reads behind the transaction. It only reads other accounts.
      next = prepareChunk(db, run, context, prepared.accounts.at(-1)?.id ?? null, size);
      next.catch(() => undefined);
      await written;
      await hooks.afterChunk?.(chunk);
    }
    const summary = await summariseBillingRun(db, run.org_id, runId);
    await db.execute(sql`update billing_runs set status = 'ready', summary = ${JSON.stringify(summary)}::jsonb, finished_at = now(), updated_at = now() where id = ${runId}`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.execute(sql`update billing_runs set status = 'failed', error = ${message.slice(0, 2000)}, updated_at = now() where id = ${runId}`);
    throw error;
  }
}

async function startRunning(db: Db, run: RunRow, buildingIds: string[]): Promise<void> {
  const [count] = await queryRows<{ n: number }>(db, sql`${activeAccounts(run.org_id, buildingIds)} select count(*)::int as n from acc`);
  await db.execute(sql`update billing_runs set status = 'running', error = null, total_accounts = ${count?.n ?? 0},
                       started_at = coalesce(started_at, now()), updated_at = now() where id = ${run.id}`);
}

const activeAccounts = (orgId: string, buildingIds: string[]) => sql`
  with acc as (
    select a.id, a.premise_id, p.building_id, p.total_area::text as total_area, p.registered_residents
    from personal_accounts a join premises p on p.id = a.premise_id
    where a.org_id = ${orgId} and a.archived_at is null and p.archived_at is null
      and p.building_id in (${sql.join(buildingIds.map((id) => sql`${id}::uuid`), sql`, `)}))`;

type Draft = { id: string; account: AccountRow; invoice: DraftInvoice };
type PreparedChunk = { accounts: AccountRow[]; drafts: Draft[] };

async function nextAccounts(db: Db, orgId: string, buildingIds: string[], cursor: string | null, size: number): Promise<AccountRow[]> {
  const after = cursor === null ? sql`true` : sql`id > ${cursor}::uuid`;
  return queryRows<AccountRow>(db, sql`${activeAccounts(orgId, buildingIds)} select * from acc where ${after} order by id limit ${size}`);
}

type RunContext = Awaited<ReturnType<typeof runContext>>;

async function runContext(db: Db, orgId: string, buildingIds: string[]) {
  const [org] = await queryRows<{ counts: boolean; on_time: boolean }>(
    db,
    sql`select penalty_counts_payment_day as counts, penalty_due_day_on_time as on_time from organisations where id = ${orgId}`,
  );
  const switches: PenaltySwitches = { countsPaymentDay: org?.counts ?? true, dueDayOnTime: org?.on_time ?? true };
  return { switches, schedule: await loadPenaltySchedule(db, orgId), tariffs: await loadRunTariffs(db, orgId, buildingIds) };
}

type EntryRow = {
  account_id: string;
  kind: LedgerKind;
  amount: string;
  occurred_on: string;
  invoice_type: InvoiceType | null;
  tariff_id: string | null;
  due_date: string | null;
  invoice_period: string | null;
  reversed: boolean;
};

async function ledgerOf(db: Db, orgId: string, accountIds: string[]): Promise<Map<string, RunLedgerEntry[]>> {
  const rows = await queryRows<EntryRow>(
    db,
    sql`with own as (select * from ledger_entries where org_id = ${orgId} and account_id in (${sql.join(accountIds.map((id) => sql`${id}::uuid`), sql`, `)})),
         reversed as (select distinct invoice_line_id from own where kind = 'reversal' and invoice_line_id is not null)
        select e.account_id, e.kind, e.amount_kopecks::text as amount, e.occurred_on::text as occurred_on, e.invoice_type, e.tariff_id,
               i.due_date::text as due_date, i.period as invoice_period, (r.invoice_line_id is not null) as reversed
        from own e left join invoices i on i.id = e.invoice_id left join reversed r on r.invoice_line_id = e.invoice_line_id
        order by e.occurred_on, e.created_at`,
  );
  const byAccount = new Map<string, RunLedgerEntry[]>();
  for (const r of rows) {
    const entry: RunLedgerEntry = {
      kind: r.kind,
      amountKopecks: BigInt(r.amount),
      occurredOn: r.occurred_on,
      invoiceType: r.invoice_type,
      tariffId: r.tariff_id,
      dueDate: r.due_date,
      invoicePeriod: r.invoice_period,
      reversed: r.reversed,
    };
    byAccount.set(r.account_id, [...(byAccount.get(r.account_id) ?? []), entry]);
  }
  return byAccount;
}

/** Types an account may not get a run draft of: an issued invoice, or an actual one made by hand, holds the period. */
async function heldTypes(db: Db, orgId: string, period: string, accountIds: string[]): Promise<Map<string, Set<InvoiceType>>> {
  const rows = await queryRows<{ account_id: string; type: InvoiceType }>(
    db,
    sql`select account_id, type from invoices where org_id = ${orgId} and period = ${period} and status <> 'cancelled'
          and (status = 'issued' or (is_actual and billing_run_id is null))
          and account_id in (${sql.join(accountIds.map((id) => sql`${id}::uuid`), sql`, `)})`,
  );
  const held = new Map<string, Set<InvoiceType>>();
  for (const r of rows) held.set(r.account_id, (held.get(r.account_id) ?? new Set()).add(r.type));
  return held;
}

function pointsByPremise(points: LoadedPoint[]): Map<string, LoadedPoint[]> {
  const map = new Map<string, LoadedPoint[]>();
  for (const p of points) if (p.premiseId) map.set(p.premiseId, [...(map.get(p.premiseId) ?? []), p]);
  return map;
}

/** The next chunk's accounts after `cursor` and their drafts, computed in memory; null when none are left. */
async function prepareChunk(db: Db, run: RunRow, context: RunContext, cursor: string | null, size: number): Promise<PreparedChunk | null> {
  const accounts = await nextAccounts(db, run.org_id, run.building_ids, cursor, size);
  if (!accounts.length) return null;
  const accountIds = accounts.map((a) => a.id);
  const [loaded, ledger, held] = await Promise.all([
    loadMeteringPoints(db, run.org_id, { premiseIds: [...new Set(accounts.map((a) => a.premise_id))] }),
    ledgerOf(db, run.org_id, accountIds),
    heldTypes(db, run.org_id, run.period, accountIds),
  ]);
  const points = pointsByPremise(loaded);
  const drafts = accounts.flatMap((account) => {
    const tariffs: RunTariff[] = context.tariffs.get(account.building_id) ?? [];
    const { lines } = computeAccountLines({
      period: run.period,
      tariffs,
      premise: { totalArea: account.total_area, registeredResidents: account.registered_residents },
      points: points.get(account.premise_id) ?? [],
    });
    const invoicesOf = draftAccountInvoices({
      period: run.period,
      lines,
      entries: ledger.get(account.id) ?? [],
      schedule: context.schedule,
      switches: context.switches,
      skip: held.get(account.id) ?? new Set(),
    });
    return invoicesOf.map((invoice) => ({ id: randomUUID(), account, invoice }));
  });
  return { accounts, drafts };
}

/** One transaction: the chunk's run drafts replaced, its invoices and lines inserted set-based, the cursor moved. */
async function writeChunk(db: Db, run: RunRow, { accounts, drafts }: PreparedChunk): Promise<void> {
  const accountIds = accounts.map((a) => a.id);
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from invoices where org_id = ${run.org_id} and period = ${run.period} and status = 'draft' and billing_run_id is not null
                         and account_id in (${sql.join(accountIds.map((id) => sql`${id}::uuid`), sql`, `)})`);
    await insertRows(tx, invoices, run.org_id, invoiceColumns, drafts.map((d) => invoiceRow(run, d)));
    await insertLines(tx, run.org_id, drafts);
    await refreshInvoiceTotals(tx, run.org_id, drafts.map((d) => d.id));
    const last = accounts.at(-1)?.id ?? null;
    await tx.execute(sql`update billing_runs set cursor_account_id = ${last}::uuid, processed_accounts = processed_accounts + ${accounts.length}, updated_at = now()
                         where id = ${run.id}`);
  });
}

type InvoiceRow = { id: string; buildingId: string; premiseId: string; accountId: string; type: InvoiceType; period: string; billingRunId: string; openingBalanceKopecks: string };

const invoiceColumns = columnsOf<InvoiceRow>()(invoices, ["id", "buildingId", "premiseId", "accountId", "type", "period", "billingRunId", "openingBalanceKopecks"]);

const invoiceRow = (run: RunRow, d: Draft): InvoiceRow => ({
  id: d.id,
  buildingId: d.account.building_id,
  premiseId: d.account.premise_id,
  accountId: d.account.id,
  type: d.invoice.type,
  period: run.period,
  billingRunId: run.id,
  openingBalanceKopecks: d.invoice.openingBalanceKopecks.toString(),
});

type Money = string | null;
type LineRow = {
  invoiceId: string;
  tariffId: string;
  kind: string;
  position: number;
  serviceName: string;
  unit: string;
  snapshotKey: string;
  qty1Milli: string;
  qty2Milli: Money;
  qty3Milli: Money;
  price1E4: string;
  price2E4: Money;
  price3E4: Money;
  accruedKopecks: string;
  recalculationKopecks: string;
  recalculationReason: string | null;
  penaltyKopecks: string;
  totalKopecks: string;
  vatKopecks: Money;
  basis: unknown;
  penaltyDetail: unknown;
};

const lineColumns: Column<LineRow>[] = [{ name: "snapshot_key", type: "text", value: (l) => l.snapshotKey }, ...columnsOf<LineRow>()(invoiceLines, [
  "invoiceId",
  "tariffId",
  "kind",
  "position",
  "serviceName",
  "unit",
  "qty1Milli",
  "qty2Milli",
  "qty3Milli",
  "price1E4",
  "price2E4",
  "price3E4",
  "accruedKopecks",
  "recalculationKopecks",
  "recalculationReason",
  "penaltyKopecks",
  "totalKopecks",
  "vatKopecks",
  "basis",
  "penaltyDetail",
])];
const written = lineColumns.filter((c) => c.name !== "snapshot_key").map((c) => `"${c.name}"`);

/** A line's tariff snapshot is the same for every account of the building: it travels once per chunk, not per line. */
const snapshotKey = (l: DraftInvoice["lines"][number]) => `${l.tariffId}|${l.tariff.validFrom}`;
const snapshotColumns: Column<[string, unknown]>[] = [
  { name: "key", type: "text", value: ([key]) => key },
  { name: "tariff", type: "jsonb", value: ([, tariff]) => tariff },
];

async function insertLines(tx: Db, orgId: string, drafts: readonly Draft[]): Promise<void> {
  const rows = drafts.flatMap((d) => d.invoice.lines.map((l) => lineRow(d.id, l)));
  const snapshots = new Map(drafts.flatMap((d) => d.invoice.lines.map((l) => [snapshotKey(l), l.tariff] as const)));
  const snapshotSet = recordset(snapshotColumns, [...snapshots]);
  for (const chunk of chunks(rows)) {
    await tx.execute(sql`
      insert into invoice_lines (org_id, tariff, ${sql.raw(written.join(", "))})
      select ${orgId}::uuid, s.tariff, ${sql.raw(written.map((c) => `r.${c}`).join(", "))}
      from ${recordset(lineColumns, chunk)} join (select * from ${snapshotSet}) s on s.key = r.snapshot_key`);
  }
}

const text = (value: bigint | null): Money => (value === null ? null : value.toString());

function lineRow(invoiceId: string, l: DraftInvoice["lines"][number]): LineRow {
  return {
    invoiceId,
    tariffId: l.tariffId,
    kind: l.kind,
    position: l.position,
    serviceName: l.serviceName,
    unit: l.unit,
    snapshotKey: snapshotKey(l),
    qty1Milli: l.qty[0].toString(),
    qty2Milli: text(l.qty[1]),
    qty3Milli: text(l.qty[2]),
    price1E4: l.price[0].toString(),
    price2E4: text(l.price[1]),
    price3E4: text(l.price[2]),
    accruedKopecks: l.accruedKopecks.toString(),
    recalculationKopecks: l.recalculationKopecks.toString(),
    recalculationReason: l.recalculationReason,
    penaltyKopecks: l.penaltyKopecks.toString(),
    totalKopecks: l.totalKopecks.toString(),
    vatKopecks: text(l.vatKopecks),
    basis: l.basis,
    penaltyDetail: l.penaltyDetail ? penaltyDetailJson(l.penaltyDetail) : null,
  };
}
