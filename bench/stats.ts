/** The figures both benches (bench/run.ts, bench/load/run.ts) compute, and the machine they ran on. */
import * as os from 'node:os';

export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
}

export function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** Nearest-rank percentile of values sorted ascending; NaN when there are none. */
export function percentile(sortedValues: readonly number[], p: number): number {
  if (sortedValues.length === 0) return NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sortedValues.length));
  return sortedValues[Math.min(rank, sortedValues.length) - 1] as number;
}

export function median(values: readonly number[]): number {
  const s = sorted(values);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
}

export function summary(values: readonly number[]): Summary {
  const s = sorted(values);
  return { n: s.length, median: round(median(s)), min: round(s[0] ?? NaN), max: round(s[s.length - 1] ?? NaN) };
}

export function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function machine() {
  const cpus = os.cpus();
  return {
    nproc: os.availableParallelism(),
    cpu: (cpus[0]?.model ?? 'unknown').replace(/\s+/g, ' ').trim(),
    cpus: cpus.length,
    node: process.version,
    platform: `${os.platform()} ${os.arch()} ${os.release()}`,
    memTotalBytes: os.totalmem(),
    loadAvg1mAtStart: round(os.loadavg()[0] ?? NaN, 2),
  };
}
