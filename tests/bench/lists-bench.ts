import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { buildingGroups, buildings, exportJobs } from "@/db/schema";
import { createApiKey } from "@/lib/access/api-keys/create-api-key";
import { TEST_PASSWORD } from "@/tests/support/fixtures";
import { openBenchDb } from "./bench-db";
import { benchOrg, insertFlats, type BenchOrg } from "./bench-org";
import { seconds } from "./memory";

const PREMISES = 100_000;
const BUILDINGS = 50;
const FLATS = PREMISES / BUILDINGS;
/** Buildings in the filtered group: 5 × 2,000 = 10,000 premises, as in the measurement. */
const GROUP_BUILDINGS = 5;
const PORT = Number(process.env.BENCH_PORT ?? 3104);
export const ORIGIN = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

/**
 * 100,000 flats, one account each, and two clients each (an owner and a resident): 200,000 clients. Set-based SQL,
 * then ANALYZE, as a real import would leave it.
 */
async function seed(db: Db, org: BenchOrg): Promise<void> {
  await insertFlats(db, org.orgId, FLATS);
  for (const [basis, offset] of [["owner", 0], ["resident", PREMISES]] as const) {
    await db.execute(sql`
      with flats as (select id, org_id, gen_random_uuid() as client_id, row_number() over (order by id) + ${offset} as n from premises where org_id = ${org.orgId}),
      people as (
        insert into clients (id, org_id, last_name, first_name, phone, search_text)
        select client_id, org_id, 'Житель' || n, 'Тест', '+79' || lpad(n::text, 9, '0'), 'житель' || n || ' тест 79' || lpad(n::text, 9, '0') from flats
        returning id
      )
      insert into premise_clients (org_id, premise_id, client_id, basis) select org_id, id, client_id, ${basis} from flats`);
  }
  const [group] = await db.insert(buildingGroups).values({ orgId: org.orgId, name: "Бенч-группа" }).returning({ id: buildingGroups.id });
  for (const b of org.buildings.slice(0, GROUP_BUILDINGS)) await db.update(buildings).set({ groupId: group?.id }).where(eq(buildings.id, b.id));
  await db.execute(sql`analyze`);
}

/** RSS of the server and its children, from /proc, in MB. */
function treeRssMb(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]?.split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let kb = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop() as number;
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      continue;
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return Math.round(kb / 1024);
}

/** `next start` of the production build (built first when there is none) on `databaseUrl`, once it answers. */
export async function startServer(databaseUrl: string): Promise<ChildProcess> {
  if (!existsSync(".next/BUILD_ID")) {
    console.log("lists: no production build, running next build…");
    spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  }
  const server = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: randomBytes(32).toString("hex"), AUTH_URL: ORIGIN, NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`${ORIGIN}/login`).then((r) => r.ok, () => false);
    if (ok) return server;
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill();
  throw new Error("next start did not answer");
}

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");

/** Signs in through Auth.js's own credentials endpoint, as the login form does, and returns the session cookie. */
async function signIn(email: string): Promise<string> {
  const csrf = await fetch(`${ORIGIN}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${ORIGIN}/api/auth/callback/staff`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf) },
    body: new URLSearchParams({ csrfToken, email, password: TEST_PASSWORD, callbackUrl: `${ORIGIN}/crm` }),
  });
  const cookie = cookiesOf(response);
  if (!cookie.includes("session-token")) throw new Error(`sign-in failed: ${response.status}`);
  return cookie;
}

type Figures = { rps: number; p50: number; p99: number; non2xx: number };

async function load(url: string, headers: Record<string, string>): Promise<Figures> {
  const result = await autocannon({ url, connections: 10, duration: DURATION, headers });
  return { rps: Math.round(result.requests.average * 10) / 10, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx };
}

/** Premises export through the app (a background job past 10,000 rows) against a `\copy` of the same rows' SQL. */
async function exportBench(db: Db, databaseUrl: string, org: BenchOrg, cookie: string, serverPid: number) {
  const baseline = treeRssMb(serverPid);
  let peak = baseline;
  const timer = setInterval(() => (peak = Math.max(peak, treeRssMb(serverPid))), 100);
  const started = performance.now();
  const response = await fetch(`${ORIGIN}/crm/premises/export`, { headers: { cookie }, redirect: "manual" });
  const jobId = response.headers.get("location")?.split("/").at(-1);
  if (!jobId) throw new Error(`export did not start a job: ${response.status}`);
  let job;
  do {
    await new Promise((r) => setTimeout(r, 200));
    [job] = await db.select().from(exportJobs).where(eq(exportJobs.id, jobId));
  } while (job && (job.status === "queued" || job.status === "running"));
  const file = await fetch(`${ORIGIN}/crm/exports/${jobId}/file`, { headers: { cookie } });
  const bytes = (await file.arrayBuffer()).byteLength;
  const appSeconds = seconds(started);
  clearInterval(timer);

  // The same rows and columns as premisesSource (lib/registry/premises/list-premises.ts), in the list order.
  const copySql = `select p.id, b.address, p.type, p.number, p.entrance, p.floor, p.total_area, p.living_area, p.rooms, p.external_id,
      (select string_agg(a.number, ', ' order by a.number) from personal_accounts a where a.premise_id = p.id and (a.archived_at is null or a.archived_at = p.archived_at)),
      (select string_agg(concat_ws(' ', c.last_name, c.first_name, c.middle_name), ', ' order by c.last_name) from premise_clients l join clients c on c.id = l.client_id where l.premise_id = p.id and l.removed_at is null),
      p.archived_at, p.created_at
    from premises p join buildings b on b.id = p.building_id where p.org_id = '${org.orgId}' and p.archived_at is null order by p.sort_key, p.id`;
  const copyStarted = performance.now();
  const copy = spawnSync("psql", [databaseUrl, "-q", "-c", `\\copy (${copySql.replace(/\s+/g, " ")}) to '/dev/null' with csv`], { encoding: "utf8" });
  const copySeconds = seconds(copyStarted);
  if (copy.status !== 0) console.error(copy.stderr);
  return {
    rows: job?.written,
    status: job?.status,
    fileMb: Math.round(bytes / 1024 / 102.4) / 10,
    appSeconds,
    copySeconds,
    ratioToCopy: Math.round((appSeconds / copySeconds) * 10) / 10,
    serverRssBaselineMb: baseline,
    serverRssGrowthMb: peak - baseline,
  };
}

/**
 * The lists under load (issue #8): a production server on a 100,000-premise organisation, 10 connections for a
 * fixed time per page, each page's throughput beside /login's from the same run. Figures only; nothing asserted.
 */
export async function listsBench(): Promise<Record<string, unknown>> {
  const { db, close, url } = await openBenchDb("postgres");
  let server: ChildProcess | undefined;
  try {
    const org = await benchOrg(db, BUILDINGS);
    const seedStarted = performance.now();
    await seed(db, org);
    const seedSeconds = seconds(seedStarted);
    const apiKey = (await createApiKey(org.director, { name: "bench", scopes: ["read"] })).key;
    const [group] = await db.select({ id: buildingGroups.id }).from(buildingGroups).where(eq(buildingGroups.orgId, org.orgId));
    server = await startServer(url ?? "");
    const cookie = await signIn(org.email);
    const staff = { cookie };
    const pages: [string, string, Record<string, string>][] = [
      ["/login", "/login", {}],
      ["/crm/premises", "/crm/premises", staff],
      ["/crm/premises?page=500", "/crm/premises?page=500", staff],
      ["/crm/premises?q=Садовая", `/crm/premises?q=${encodeURIComponent("Садовая")}`, staff],
      ["/crm/premises?group=…", `/crm/premises?group=${group?.id}`, staff],
      ["/crm/clients", "/crm/clients", staff],
      ["/api/v1/premises", "/api/v1/premises", { authorization: `Bearer ${apiKey}` }],
    ];
    for (const [, url, headers] of pages) await fetch(`${ORIGIN}${url}`, { headers }); // compile and warm each route once
    const figures: Record<string, Figures & { ratio?: number }> = {};
    for (const [label, url, headers] of pages) figures[label] = await load(`${ORIGIN}${url}`, headers);
    const login = figures["/login"]?.rps ?? 1;
    for (const f of Object.values(figures)) f.ratio = Math.round((f.rps / login) * 1000) / 1000;
    const exported = await exportBench(db, url ?? "", org, cookie, server.pid ?? 0);
    return { premises: PREMISES, clients: 2 * PREMISES, accounts: PREMISES, seedSeconds, secondsPerPage: DURATION, connections: 10, pages: figures, export: exported };
  } finally {
    server?.kill();
    await close();
  }
}
