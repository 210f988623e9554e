/**
 * Calibrates the speech-duration model (lambda/speech/timing/speech-duration.ts) on espeak-ng.
 *
 *   npx tsx scripts/calibrate-speech.ts [--verbose]
 *
 * Speaks every sentence of scripts/calibration-corpus.txt with espeak-ng (voice en-us) at each
 * pace's words-per-minute, measures the WAV with soxi, fits the model's coefficients per pace by
 * least squares (normal equations), and writes lambda/speech/timing/calibration.en-US.json with the
 * fit's errors. Needs espeak-ng and sox (Debian/Ubuntu: apt-get install espeak-ng sox).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { espeakWordsPerMinute } from '../lambda/speech/timing/pace';
import { PACES, paceRatePercent, type Pace } from '../lambda/vocabulary/pace';
import {
  SPEECH_FEATURE_NAMES,
  applySpeechModel,
  speechFeatures,
  type SpeechCoefficients,
  type SpeechFeatures,
} from '../lambda/speech/timing/speech-duration';
import {
  ESPEAK_MISSING_MESSAGE,
  ESPEAK_VOICE,
  espeakAvailable,
  espeakVersion,
  mapWithConcurrency,
  measureSpeechAsync,
  type SpeechMeasurement,
} from '../test/support/espeak';

const ROOT = join(__dirname, '..');
const CORPUS_FILE = join(ROOT, 'scripts', 'calibration-corpus.txt');
const OUTPUT_FILE = join(ROOT, 'lambda', 'speech', 'timing', 'calibration.en-US.json');
const VERBOSE = process.argv.includes('--verbose');

// ---------------------------------------------------------------------------------------------
// Linear algebra: just enough for least squares on a handful of features.

type Matrix = number[][];

/** Solves A x = b by Gaussian elimination with partial pivoting; throws if A is singular. */
function solveLinearSystem(a: Matrix, b: number[]): number[] {
  const n = a.length;
  const m = a.map((row, i) => [...row, b[i]]);
  const scale = Math.max(...a.map((row) => Math.max(...row.map(Math.abs))), 1e-300);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) pivot = row;
    if (Math.abs(m[pivot][col]) < 1e-12 * scale) throw new Error(`singular system (column ${col})`);
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let row = col + 1; row < n; row++) {
      const factor = m[row][col] / m[col][col];
      for (let k = col; k <= n; k++) m[row][k] -= factor * m[col][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = m[row][n];
    for (let k = row + 1; k < n; k++) sum -= m[row][k] * x[k];
    x[row] = sum / m[row][row];
  }
  return x;
}

interface Fit {
  coefficients: number[];
  residuals: number[]; // estimate − measured
  /** Leave-one-out residuals: each sentence predicted by a fit without it (via the hat matrix). */
  looResiduals: number[];
}

/** Ordinary least squares: minimizes Σ (x·β − y)² through the normal equations XᵀX β = Xᵀy. */
function leastSquares(x: Matrix, y: number[]): Fit {
  const p = x[0].length;
  const xtx: Matrix = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => x.reduce((sum, row) => sum + row[i] * row[j], 0)),
  );
  const xty = Array.from({ length: p }, (_, i) => x.reduce((sum, row, r) => sum + row[i] * y[r], 0));
  const coefficients = solveLinearSystem(xtx, xty);
  // (XᵀX)⁻¹, column by column, for the leverages h_i = x_i (XᵀX)⁻¹ x_iᵀ.
  const inverseColumns = Array.from({ length: p }, (_, j) =>
    solveLinearSystem(xtx, Array.from({ length: p }, (_, i) => (i === j ? 1 : 0))),
  );
  const residuals: number[] = [];
  const looResiduals: number[] = [];
  x.forEach((row, r) => {
    const estimate = row.reduce((sum, v, i) => sum + v * coefficients[i], 0);
    let leverage = 0;
    for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) leverage += row[i] * inverseColumns[j][i] * row[j];
    residuals.push(estimate - y[r]);
    looResiduals.push((estimate - y[r]) / (1 - leverage));
  });
  return { coefficients, residuals, looResiduals };
}

// ---------------------------------------------------------------------------------------------

function readCorpus(): string[] {
  const seen = new Set<string>();
  const sentences: string[] = [];
  for (const raw of readFileSync(CORPUS_FILE, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (seen.has(line)) {
      console.warn(`warning: duplicate corpus line ignored: ${line}`);
      continue;
    }
    seen.add(line);
    sentences.push(line);
  }
  return sentences;
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));
const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
const maxAbs = (values: number[]): number => Math.max(...values.map(Math.abs));

interface PaceResult {
  pace: Pace;
  coefficients: SpeechCoefficients;
  meanAbsError: number;
  maxAbsError: number;
  looMeanAbsError: number;
  looMaxAbsError: number;
  meanMeasured: number;
  meanLeadingSilence: number;
  meanTrailingSilence: number;
  worst: Array<{ text: string; measured: number; error: number }>;
}

function fitPace(pace: Pace, sentences: string[], features: SpeechFeatures[], measurements: SpeechMeasurement[]): PaceResult {
  const measured = measurements.map((m) => m.seconds);
  const x = features.map((f) => SPEECH_FEATURE_NAMES.map((name) => f[name]));
  SPEECH_FEATURE_NAMES.forEach((name, i) => {
    if (x.every((row) => row[i] === 0)) {
      throw new Error(`No corpus sentence has feature "${name}"; add some to ${relative(ROOT, CORPUS_FILE)}.`);
    }
  });
  const fit = leastSquares(x, measured);
  const coefficients = Object.fromEntries(
    SPEECH_FEATURE_NAMES.map((name, i) => [name, round(fit.coefficients[i], 5)]),
  ) as SpeechCoefficients;
  const negative = SPEECH_FEATURE_NAMES.filter((name) => name !== 'intercept' && coefficients[name] < 0);
  if (negative.length > 0) {
    // A negative weight would make longer texts estimate shorter; the hold composer relies on monotonicity.
    throw new Error(`Pace ${pace}: negative coefficient(s) ${negative.join(', ')}; the corpus needs more varied sentences.`);
  }
  // Errors of the rounded coefficients, exactly as the estimator will use them.
  const errors = features.map((f, i) => applySpeechModel(f, coefficients) - measured[i]);
  const worst = errors
    .map((error, i) => ({ text: sentences[i], measured: measured[i], error }))
    .sort((a, b) => Math.abs(b.error) - Math.abs(a.error))
    .slice(0, 5);
  return {
    pace,
    coefficients,
    meanAbsError: mean(errors.map(Math.abs)),
    maxAbsError: maxAbs(errors),
    looMeanAbsError: mean(fit.looResiduals.map(Math.abs)),
    looMaxAbsError: maxAbs(fit.looResiduals),
    meanMeasured: mean(measured),
    meanLeadingSilence: mean(measurements.map((m) => m.leadingSilenceSeconds)),
    meanTrailingSilence: mean(measurements.map((m) => m.trailingSilenceSeconds)),
    worst,
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  if (!espeakAvailable()) {
    console.error(ESPEAK_MISSING_MESSAGE);
    process.exit(1);
  }
  const sentences = readCorpus();
  const features = sentences.map((s) => speechFeatures(s));
  const empty = sentences.filter((_, i) => features[i].intercept === 0);
  if (empty.length > 0) throw new Error(`Corpus lines with nothing to say: ${empty.join(' | ')}`);

  const jobs = PACES.flatMap((pace) => sentences.map((text) => ({ pace, text })));
  const concurrency = Math.max(2, availableParallelism());
  const measurements = await mapWithConcurrency(jobs, concurrency, ({ text, pace }) => measureSpeechAsync(text, pace));
  const synthesisSeconds = (Date.now() - started) / 1000;

  const results = PACES.map((pace) => {
    const measured = measurements.filter((_, j) => jobs[j].pace === pace);
    return fitPace(pace, sentences, features, measured);
  });

  const soxVersion = execFileSync('sox', ['--version'], { encoding: 'utf8' }).trim().replace(/^sox:\s*/, '');
  const output = {
    $comment: 'Generated by scripts/calibrate-speech.ts; do not edit. Coefficients are seconds per unit of each feature.',
    language: 'en-US',
    synthesizer: {
      engine: 'espeak-ng',
      version: espeakVersion(),
      voice: ESPEAK_VOICE,
      measuredWith: `soxi -D (${soxVersion})`,
    },
    calibratedOn: new Date().toISOString().slice(0, 10),
    corpus: { file: relative(ROOT, CORPUS_FILE), sentences: sentences.length },
    model: 'seconds = sum over features of coefficient × feature (lambda/speech/timing/speech-duration.ts)',
    features: SPEECH_FEATURE_NAMES,
    paces: Object.fromEntries(
      results.map((r) => [
        r.pace,
        {
          ratePercent: paceRatePercent(r.pace),
          espeakWordsPerMinute: espeakWordsPerMinute(r.pace),
          coefficients: r.coefficients,
          fit: {
            meanAbsErrorSeconds: round(r.meanAbsError, 4),
            maxAbsErrorSeconds: round(r.maxAbsError, 4),
            leaveOneOutMeanAbsErrorSeconds: round(r.looMeanAbsError, 4),
            leaveOneOutMaxAbsErrorSeconds: round(r.looMaxAbsError, 4),
            meanMeasuredSeconds: round(r.meanMeasured, 4),
          },
          // Part of every utterance's time (so of the intercept): espeak's silence before and after the speech.
          silence: {
            meanLeadingSeconds: round(r.meanLeadingSilence, 4),
            meanTrailingSeconds: round(r.meanTrailingSilence, 4),
          },
        },
      ]),
    ),
  };
  writeFileSync(OUTPUT_FILE, `${JSON.stringify(output, null, 2)}\n`);

  const pad = (s: string | number, n: number): string => String(s).padStart(n);
  console.log(
    `espeak-ng ${output.synthesizer.version}, voice ${ESPEAK_VOICE}; ${sentences.length} sentences × ${PACES.length} paces ` +
      `synthesized in ${synthesisSeconds.toFixed(1)} s (${concurrency} in parallel)\n`,
  );
  console.log(`${'pace'.padEnd(7)}${pad('wpm', 5)}${pad('mean s', 8)}${pad('MAE s', 8)}${pad('max s', 8)}${pad('LOO MAE', 9)}${pad('LOO max', 9)}${pad('lead s', 8)}${pad('trail s', 8)}`);
  for (const r of results) {
    console.log(
      `${r.pace.padEnd(7)}${pad(espeakWordsPerMinute(r.pace), 5)}${pad(r.meanMeasured.toFixed(3), 8)}` +
        `${pad(r.meanAbsError.toFixed(3), 8)}${pad(r.maxAbsError.toFixed(3), 8)}` +
        `${pad(r.looMeanAbsError.toFixed(3), 9)}${pad(r.looMaxAbsError.toFixed(3), 9)}` +
        `${pad(r.meanLeadingSilence.toFixed(3), 8)}${pad(r.meanTrailingSilence.toFixed(3), 8)}`,
    );
  }
  console.log('\ncoefficients (seconds per unit):');
  console.log(`${''.padEnd(22)}${PACES.map((p) => pad(p, 9)).join('')}`);
  for (const name of SPEECH_FEATURE_NAMES) {
    console.log(`${name.padEnd(22)}${results.map((r) => pad(r.coefficients[name].toFixed(4), 9)).join('')}`);
  }
  if (VERBOSE) {
    for (const r of results) {
      console.log(`\nworst fits, ${r.pace}:`);
      for (const w of r.worst) console.log(`  ${w.error >= 0 ? '+' : ''}${w.error.toFixed(3)} s of ${w.measured.toFixed(3)} s  ${w.text}`);
    }
  }
  console.log(`\nwrote ${relative(ROOT, OUTPUT_FILE)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
