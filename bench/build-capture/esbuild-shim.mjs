// Stands in for 'esbuild' inside scripts/build.mjs (see register.mjs): the real API,
// except that build() first appends its options, as one JSON line, to the file named
// by BENCH_ESBUILD_CAPTURE. Functions (plugins) cannot be serialised; they are
// written as {"__function__": true} so bench/run.ts can refuse to guess.
import { appendFileSync } from 'node:fs';
import * as real from 'esbuild';

export * from 'esbuild';
export default real.default;

export async function build(options) {
  const file = process.env.BENCH_ESBUILD_CAPTURE;
  if (file) {
    const json = JSON.stringify(options, (_key, value) => (typeof value === 'function' ? { __function__: true } : value));
    appendFileSync(file, json + '\n');
  }
  return real.build(options);
}
