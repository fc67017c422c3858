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
