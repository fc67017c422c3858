import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import autocannon from "autocannon";
import { and, eq, sql } from "drizzle-orm";
import { Pool } from "pg";
import type { Db } from "@/db/client";
import { legalEntities, paymentGateways, payments } from "@/db/schema";
import { encryptGatewaySecret } from "@/lib/payments/gateways/gateway-secrets";
import { SANDBOX_SIGNATURE_HEADER, signSandboxNotice } from "@/lib/payments/gateways/sandbox";
import { openBenchDb } from "./bench-db";
import { benchOrg, insertFlats } from "./bench-org";
import { ORIGIN, startServer } from "./lists-bench";
import { seconds } from "./memory";

const BUILDINGS = 10;
/** More pending payments than 10 connections can settle in the run, so every request books a payment of its own. */
const FLATS = 20_000;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
const SECRET = randomBytes(24).toString("hex");
// The server decrypts the gateway's secret with the same key the bench encrypted it under.
process.env.PAYMENT_SECRETS_KEY ??= randomBytes(32).toString("base64");

type Figures = { requests: number; rps: number; p50: number; p99: number; non2xx: number };

/**
 * One pending sandbox payment per account, 300,00 ₽ each, with a provider id the notification names. Each account
 * has an issued invoice with one unpaid line (and its accrual in the ledger), so booking allocates to a line as in
 * production: items, ledger entries, the line's and invoice's «оплачено», the account balance.
 */
async function seed(db: Db, orgId: string): Promise<string[]> {
  await insertFlats(db, orgId, FLATS / BUILDINGS);
  await db.execute(sql`
    insert into invoices (org_id, building_id, premise_id, account_id, type, period, status, accrued_kopecks, total_kopecks, issued_at)
    select p.org_id, p.building_id, p.id, a.id, 'utilities', '2026-03', 'issued', 30000, 30000, now()
    from premises p join personal_accounts a on a.premise_id = p.id where p.org_id = ${orgId}`);
  await db.execute(sql`
    insert into invoice_lines (org_id, invoice_id, position, service_name, unit, tariff, qty1_milli, price1_e4, accrued_kopecks, total_kopecks)
    select org_id, id, 0, 'Содержание жилого помещения', 'м²', '{}'::jsonb, 1000, 3000000, 30000, 30000 from invoices where org_id = ${orgId}`);
  await db.execute(sql`
    insert into ledger_entries (org_id, account_id, kind, amount_kopecks, period, occurred_on, invoice_id, invoice_line_id, source, invoice_type)
    select l.org_id, i.account_id, 'accrual', 30000, '2026-03', '2026-03-31', i.id, l.id, 'billing', 'utilities'
    from invoice_lines l join invoices i on i.id = l.invoice_id where l.org_id = ${orgId}`);
  const [entity] = await db.select({ id: legalEntities.id }).from(legalEntities).where(eq(legalEntities.orgId, orgId));
  const [gateway] = await db
    .insert(paymentGateways)
    .values({ orgId, legalEntityId: entity!.id, provider: "sandbox", name: "Бенч", secretEncrypted: encryptGatewaySecret(SECRET) })
    .returning({ id: paymentGateways.id });
  await db.execute(sql`
    insert into payments (org_id, source, status, idempotency_key, gateway_id, provider, provider_payment_id, amount_kopecks, charged_kopecks, account_id, building_id, intent)
    select i.org_id, 'online', 'pending', gen_random_uuid()::text, ${gateway!.id}, 'sandbox', 'sbx_30000_' || i.account_id, 30000, 30000, i.account_id, i.building_id,
           jsonb_build_array(jsonb_build_object('accountId', i.account_id, 'invoiceIds', jsonb_build_array(i.id), 'amountKopecks', '30000'))
    from invoices i where i.org_id = ${orgId}`);
  await db.execute(sql`analyze`);
  const rows = await db.select({ id: payments.providerPaymentId }).from(payments).where(eq(payments.orgId, orgId));
  return rows.map((r) => r.id!);
}

/** A signed «payment.succeeded» for the next pending payment: each request settles a payment of its own. */
function signedNotices(providerIds: string[]) {
  let next = 0;
  return () => {
    const paymentId = providerIds[next++ % providerIds.length]!;
    const body = JSON.stringify({ eventId: randomBytes(12).toString("hex"), paymentId, status: "succeeded", amountKopecks: "30000", failure: null, savedCard: null });
    return { body, headers: { "content-type": "application/json", [SANDBOX_SIGNATURE_HEADER]: signSandboxNotice(SECRET, body) } };
  };
}

async function load(url: string, request?: () => { body: string; headers: Record<string, string> }): Promise<Figures> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    method: "POST",
    requests: [{ method: "POST", setupRequest: (req) => ({ ...req, ...(request?.() ?? { body: randomBytes(12).toString("hex") }) }) }],
  });
  return { requests: result.requests.total, rps: Math.round(result.requests.average * 10) / 10, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx };
}

/**
 * The reference: a bare node http server with the app's driver and pool size (pg, 10), doing per request what any
 * idempotent webhook must at least do — one insert-on-conflict of the event key and one update of a hot row, in one
 * transaction. No Next.js, no signature, no booking: what is left between it and the webhook is our own work plus
 * the framework's per-request cost, so the ratio is the conservative one.
 */
async function startReference(databaseUrl: string): Promise<{ server: Server; pool: Pool; url: string }> {
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  await pool.query("create table bench_ref_events (event_key text primary key); create table bench_ref_counter (id int primary key, n bigint not null); insert into bench_ref_counter values (1, 0)");
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", async () => {
      const client = await pool.connect();
      try {
        await client.query("begin");
        await client.query("insert into bench_ref_events (event_key) values ($1) on conflict do nothing", [body]);
        await client.query("update bench_ref_counter set n = n + 1 where id = 1");
        await client.query("commit");
        res.writeHead(200, { "content-type": "text/plain" }).end("OK");
      } catch {
        await client.query("rollback").catch(() => undefined);
        res.writeHead(500).end();
      } finally {
        client.release();
      }
    });
  });
  // A port the system picks, so the bench needs only the one BENCH_PORT of the app.
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return { server, pool, url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/` };
}

/**
 * Payment notifications under load (issue #11): signed sandbox «payment.succeeded» notices, each for a distinct
 * pending payment, against `next start` on PostgreSQL with 10 connections, beside the reference route from the same
 * run. Goals: ≥ 0.45× the reference, ≥ 300/s, p99 < 100 ms — printed, never asserted. Then the database is asked
 * what happened: every 2xx must have booked exactly one payment.
 */
export async function webhooksBench(): Promise<Record<string, unknown>> {
  const { db, close, url } = await openBenchDb("postgres");
  let server: ChildProcess | undefined;
  let reference: Awaited<ReturnType<typeof startReference>> | undefined;
  try {
    const org = await benchOrg(db, BUILDINGS);
    const seedStarted = performance.now();
    const providerIds = await seed(db, org.orgId);
    const seedSeconds = seconds(seedStarted);
    server = await startServer(url ?? "");
    reference = await startReference(url ?? "");
    const webhook = `${ORIGIN}/api/payments/sandbox/webhook`;
    // Compile and warm both, on payments of their own (the last ten; the run starts from the first).
    const warm = signedNotices(providerIds.slice(-10));
    for (let i = 0; i < 10; i++) await fetch(webhook, { method: "POST", ...warm() });
    const referenceFigures = await load(reference.url);
    const webhookFigures = await load(webhook, signedNotices(providerIds.slice(0, -10)));
    const booked = await db.$count(payments, and(eq(payments.orgId, org.orgId), eq(payments.status, "succeeded")));
    return {
      pendingPayments: providerIds.length,
      seedSeconds,
      secondsPerRoute: DURATION,
      connections: CONNECTIONS,
      webhook: webhookFigures,
      reference: referenceFigures,
      ratio: Math.round((webhookFigures.rps / referenceFigures.rps) * 1000) / 1000,
      goals: "ratio ≥ 0.45, ≥ 300 req/s, p99 < 100 ms",
      // Ten warm-up bookings plus one per accepted request, when nothing went wrong.
      bookedPayments: booked,
      acceptedRequests: webhookFigures.requests - webhookFigures.non2xx + 10,
    };
  } finally {
    // The server lets go of its connections before the database is dropped under it.
    if (server && server.exitCode === null) {
      const exited = once(server, "exit");
      server.kill();
      await exited;
    }
    reference?.server.close();
    await reference?.pool.end();
    await close();
  }
}
