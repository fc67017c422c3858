import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { openBenchDb, serverUrl, type BenchTarget } from "./bench-db";
import { billingBench } from "./billing-bench";
import { debtorsBench } from "./debtors-bench";
import { debtsBench } from "./debts-bench";
import { importBench } from "./import-bench";
import { invoicesBench } from "./invoices-bench";
import { listsBench } from "./lists-bench";
import { meterImportBench } from "./meter-import-bench";
import { metersBench } from "./meters-bench";
import { peakRssMb } from "./memory";
import { receiptsBench } from "./receipts-bench";
import { searchBench } from "./search-bench";
import { webhooksBench } from "./webhooks-bench";

/**
 * `npm run bench`: each benchmark runs in its own process, so the kernel's peak RSS (VmHWM) belongs to that run
 * alone. Figures are printed; nothing is asserted. Goals (issue #3): the 50,000-row import under 60 s and 500 MB
 * on PostgreSQL (PGlite reported too); premises search p95 under 150 ms (issue #8: on PostgreSQL and PGlite); the
 * meter list over 300,000 meters p95 under 150 ms (and «Счета» over 600,000 invoices, issue #10), and 100,000 readings imported from .xlsx on PostgreSQL within 5× a
 * raw COPY of the same rows (issue #9); a billing run over 50,000 accounts × 8 services within 3× a raw COPY of its
 * invoice lines and under 60 s (issue #10, PGlite with 5,000). The lists bench (issue #8: pages under load beside /login, and the 100k-row
 * export) needs PostgreSQL and a production build. Issue #10: ЕПД receipts per second (goal ≥ 20) beside a one-page
 * reference document, and a 1,000-receipt batch PDF's time and peak RSS. Issue #11: signed payment notifications
 * against `next start` on PostgreSQL beside a reference route (webhooks), and «Должники» over 200,000 accounts p95
 * under 200 ms on PostgreSQL (debtors). `npm run bench -- lists` (or import, search, meters, meter-import, debts,
 * debtors, invoices, receipts, billing, webhooks) runs one of them.
 */
const benches = { import: importBench, search: searchBench, meters: metersBench, "meter-import": meterImportBench, debts: debtsBench, debtors: debtorsBench, invoices: invoicesBench, receipts: receiptsBench, billing: billingBench } as const;
type BenchName = keyof typeof benches;
const RESULT = "BENCH_RESULT ";

async function child(name: BenchName, target: BenchTarget) {
  const { db, close, url } = await openBenchDb(target);
  try {
    const result = await benches[name](db, url);
    console.log(RESULT + JSON.stringify({ ...result, peakRssMb: peakRssMb() }));
  } finally {
    await close();
  }
}

function runChild(name: BenchName, target: BenchTarget, nodeFlags: string[] = []): Record<string, unknown> | null {
  const args = [...nodeFlags, ...process.execArgv, fileURLToPath(import.meta.url), name, target];
  const run = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const line = run.stdout.split("\n").find((l) => l.startsWith(RESULT));
  if (!line) {
    console.error(`${name} on ${target} failed:\n${run.stderr || run.stdout}`);
    return null;
  }
  return JSON.parse(line.slice(RESULT.length)) as Record<string, unknown>;
}

const [name, target] = process.argv.slice(2) as [BenchName | "lists" | "webhooks" | undefined, BenchTarget | undefined];
const only = name && !target ? name : undefined;
if (name && name !== "lists" && name !== "webhooks" && target) {
  await child(name, target);
} else {
  const targets: BenchTarget[] = serverUrl() ? ["postgres", "pglite"] : ["pglite"];
  if (!serverUrl()) console.log("PostgreSQL: not measured (set BENCH_DATABASE_URL or TEST_DATABASE_URL)\n");
  const first = targets[0] ?? "pglite";
  // V8 lets garbage pile up while memory is plentiful; the capped run shows what the import really needs.
  const capped = ["--max-old-space-size=256"];
  const runs: [BenchName, BenchTarget, string[]][] = [
    ...targets.map((t): [BenchName, BenchTarget, string[]] => ["import", t, []]),
    ["import", first, capped],
    ...targets.map((t): [BenchName, BenchTarget, string[]] => ["search", t, []]),
    ...targets.map((t): [BenchName, BenchTarget, string[]] => ["meters", t, []]),
    ...targets.map((t): [BenchName, BenchTarget, string[]] => ["debts", t, []]),
    ...targets.map((t): [BenchName, BenchTarget, string[]] => ["invoices", t, []]),
    // «Должники» over 200,000 accounts, p95 under 200 ms (issue #11): PostgreSQL, where it is held to it.
    ["debtors", serverUrl() ? "postgres" : first, []],
    // Rendering is the cost, not the database: one target is enough.
    ["receipts", first, []],
    // Compared with a raw COPY, so PostgreSQL only.
    ...(serverUrl() ? [["meter-import", "postgres", []] as [BenchName, BenchTarget, string[]]] : []),
    // PostgreSQL: 50,000 accounts beside a COPY of their lines; PGlite: 5,000.
    ...targets.map((t): [BenchName, BenchTarget, string[]] => ["billing", t, []]),
  ];
  for (const [bench, target, flags] of runs.filter(([bench]) => !only || only === bench)) {
    const started = performance.now();
    const result = runChild(bench, target, flags);
    console.log(`${bench} on ${target}${flags.length ? ` with node ${flags.join(" ")}` : ""} (${Math.round((performance.now() - started) / 1000)} s wall):`);
    console.log(result ? JSON.stringify(result) : "  failed");
    console.log();
  }
  if ((!only || only === "lists") && serverUrl()) {
    const started = performance.now();
    console.log("lists on postgres (next start, autocannon):");
    console.log(JSON.stringify(await listsBench(), null, 1));
    console.log(`(${Math.round((performance.now() - started) / 1000)} s wall)`);
  }
  if ((!only || only === "webhooks") && serverUrl()) {
    const started = performance.now();
    console.log("webhooks on postgres (next start, autocannon):");
    console.log(JSON.stringify(await webhooksBench(), null, 1));
    console.log(`(${Math.round((performance.now() - started) / 1000)} s wall)`);
  }
}
