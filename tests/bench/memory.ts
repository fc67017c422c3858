import { readFileSync } from "node:fs";

/** The process's peak resident set so far, from the kernel (Linux), in MB; null elsewhere. */
export function peakRssMb(): number | null {
  try {
    const kb = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync("/proc/self/status", "utf8"))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

/** Samples RSS every 100 ms while `work` runs (the kernel's VmHWM also catches what sampling misses). */
export async function withRssSampling<T>(work: () => Promise<T>): Promise<{ result: T; sampledPeakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, sampledPeakMb: Math.round(peak / 1024 / 1024) };
  } finally {
    clearInterval(timer);
  }
}

export const seconds = (fromMs: number) => Math.round((performance.now() - fromMs) / 100) / 10;

/** The p-th percentile of ascending times, in ms to one decimal. */
export function percentile(sorted: readonly number[], p: number): number {
  const value = sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return Math.round(value * 10) / 10;
}

/**
 * A list bench's scenarios, each `rounds` times, the first round left out (it warms the plan cache and the buffers; a
 * user's first click is measured by the lists bench). `run` answers how many rows the page showed.
 */
export async function measureScenarios<S>(scenarios: readonly (readonly [string, S])[], run: (scenario: S) => Promise<number>, rounds = 10) {
  const results: Record<string, { p50: number; p95: number; rows: number }> = {};
  const all: number[] = [];
  for (const [name, scenario] of scenarios) {
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < rounds; i++) {
      const t0 = performance.now();
      rows = await run(scenario);
      times.push(performance.now() - t0);
    }
    const sorted = times.slice(1).sort((x, y) => x - y);
    all.push(...sorted);
    results[name] = { p50: percentile(sorted, 50), p95: percentile(sorted, 95), rows };
  }
  const sorted = all.sort((x, y) => x - y);
  return { all: { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: percentile(sorted, 100) }, ...results };
}
