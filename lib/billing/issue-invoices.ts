import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assertPermission } from "@/lib/access/assert-permission";
import type { Actor, StaffContext } from "@/lib/core/context";
import { AppError, notFound } from "@/lib/core/errors";
import { chunks, queryRows } from "@/lib/exchange/plan/bulk-sql";
import { outOfScope } from "@/lib/org/building-scope";

export type IssueTarget = { invoiceIds: readonly string[] } | { runId: string };

/** Who issues, for the ledger, the invoices and the audit log; `buildingIds` as in StaffContext. */
export type PostingScope = { orgId: string; actor: Actor; ip?: string | null; buildingIds: readonly string[] | null };

const emptyInvoice = () => new AppError("VALIDATION", "Нельзя выставить пустой счёт: добавьте в него хотя бы одну услугу");

/**
 * Issues draft invoices: staff pick them (finance.invoices.edit) or a billing run issues all its drafts
 * (finance.billing.run). Issuing posts each line to the account's ledger and freezes the invoice. Retrying is
 * harmless: an invoice already issued is left as it is, and the ledger's unique (invoice_line_id, kind) would refuse
 * a second posting anyway.
 */
export async function issueInvoices(ctx: StaffContext, target: IssueTarget): Promise<{ issued: number }> {
  assertPermission(ctx, "runId" in target ? "finance.billing.run" : "finance.invoices.edit");
  return ctx.db.transaction((tx) => postInvoices(tx, ctx, target));
}

/**
 * The same inside a caller's transaction (an import that creates and issues invoices in one commit). Locks the
 * drafts, checks them, then per chunk one statement issues the invoices, posts their lines and writes the audit rows.
 */
export async function postInvoices(tx: Db, scope: PostingScope, target: IssueTarget): Promise<{ issued: number }> {
  const ids = "runId" in target ? await lockRunDrafts(tx, scope, target.runId) : await lockChosenDrafts(tx, scope, target.invoiceIds);
  let issued = 0;
  for (const chunk of chunks(ids, 2000)) issued += await issueChunk(tx, scope, chunk);
  if ("runId" in target) {
    await tx.execute(sql`update billing_runs set status = 'issued', issued_invoices = issued_invoices + ${issued}, finished_at = now(), updated_at = now()
                         where id = ${target.runId} and org_id = ${scope.orgId}`);
  }
  return { issued };
}

type Candidate = { id: string; building_id: string; status: string; lines: number };

const candidates = (scope: PostingScope, where: SQL) => sql`
  select i.id, i.building_id, i.status, (select count(*)::int from invoice_lines l where l.invoice_id = i.id) as lines
  from invoices i where i.org_id = ${scope.orgId} and ${where}
  order by i.id for update of i`;

async function lockChosenDrafts(tx: Db, scope: PostingScope, invoiceIds: readonly string[]): Promise<string[]> {
  const wanted = [...new Set(invoiceIds)];
  if (!wanted.length) return [];
  const rows = await queryRows<Candidate>(tx, candidates(scope, sql`i.id in (${sql.join(wanted.map((id) => sql`${id}::uuid`), sql`, `)})`));
  if (rows.length !== wanted.length) throw notFound("Счёт");
  if (scope.buildingIds !== null && rows.some((r) => !scope.buildingIds!.includes(r.building_id))) throw outOfScope();
  if (rows.some((r) => r.status === "cancelled")) throw new AppError("CONFLICT", "Аннулированный счёт выставить нельзя: создайте новый");
  const drafts = rows.filter((r) => r.status === "draft");
  if (drafts.some((r) => r.lines === 0)) throw emptyInvoice();
  return drafts.map((r) => r.id);
}

async function lockRunDrafts(tx: Db, scope: PostingScope, runId: string): Promise<string[]> {
  const [run] = await queryRows<{ status: string; building_ids: string[] | string }>(
    tx,
    sql`select status, building_ids from billing_runs where id = ${runId} and org_id = ${scope.orgId} for update`,
  );
  if (!run) throw notFound("Расчёт начислений");
  if (run.status === "issued") return [];
  if (run.status !== "ready") throw new AppError("CONFLICT", "Расчёт ещё не завершён: выставить счета можно, когда он закончится");
  const rows = await queryRows<Candidate>(tx, candidates(scope, sql`i.billing_run_id = ${runId} and i.status = 'draft'`));
  if (scope.buildingIds !== null && rows.some((r) => !scope.buildingIds!.includes(r.building_id))) throw outOfScope();
  // A run never leaves an empty draft on purpose; one that has no lines is left a draft rather than issued empty.
  return rows.filter((r) => r.lines > 0).map((r) => r.id);
}

/**
 * One statement: the drafts become issued (due date = the organisation's payment day of the month after the
 * period, unless the invoice has one), every non-zero amount of every line becomes a ledger entry — accrual,
 * recalculation, benefit (negative), penalty — and each invoice gets an audit row. A line's opening debt and «paid»
 * are not posted: they describe what the ledger already holds.
 */
async function issueChunk(tx: Db, scope: PostingScope, ids: readonly string[]): Promise<number> {
  const actorId = scope.actor.type === "employee" ? scope.actor.id : null;
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`with org as (select timezone, payment_due_day from organisations where id = ${scope.orgId}),
         up as (
           update invoices i set status = 'issued', issued_at = now(), issued_by = ${actorId}::uuid, updated_at = now(),
             due_date = coalesce(i.due_date, (
               select (m.next_month + (least(org.payment_due_day, extract(day from m.next_month + interval '1 month' - interval '1 day')::int) - 1) * interval '1 day')::date
               from org, lateral (select (to_date(i.period || '-01', 'YYYY-MM-DD') + interval '1 month') as next_month) m))
           where i.org_id = ${scope.orgId} and i.status = 'draft' and i.id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})
           returning i.id, i.account_id, i.period, i.type, i.total_kopecks),
         posted as (
           insert into ledger_entries (org_id, account_id, kind, amount_kopecks, period, occurred_on, note, source, invoice_id, invoice_line_id, tariff_id, invoice_type)
           select ${scope.orgId}::uuid, up.account_id, v.kind, v.amount, up.period, (now() at time zone org.timezone)::date, l.service_name, 'invoice',
                  up.id, l.id, l.tariff_id, up.type
           from up join invoice_lines l on l.invoice_id = up.id cross join org
           cross join lateral (values ('accrual', l.accrued_kopecks), ('recalculation', l.recalculation_kopecks),
                                      ('benefit', -l.benefit_kopecks), ('penalty', l.penalty_kopecks)) v(kind, amount)
           where v.amount <> 0
           on conflict (invoice_line_id, kind) where invoice_line_id is not null do nothing),
         au as (
           insert into audit_log (org_id, actor_type, actor_id, actor_name, action, entity_type, entity_id, after, ip)
           select ${scope.orgId}::uuid, ${scope.actor.type}, ${scope.actor.id ?? null}::uuid, ${scope.actor.name}, 'invoice.issued', 'invoice', up.id::text,
                  jsonb_build_object('period', up.period, 'type', up.type, 'totalKopecks', up.total_kopecks::text), ${scope.ip ?? null}
           from up)
       select count(*)::int as n from up`,
  );
  return Number(row?.n ?? 0);
}
