/**
 * Calibrates a locale's speech-timing model (lambda/speech/timing/) on espeak-ng.
 *
 *   npx tsx scripts/calibrate-speech.ts --locale en-GB [--voice en-gb] [--model english] [--verbose]
 *
 * The corpus is the locale's own speech (lambda/locales/<locale>/speech.ts): every spoken line,
 * its placeholders filled with the locale's own words; the `english` model adds the short
 * cue-like English sentences of scripts/calibration-corpus.txt, where a hold's timing is most
 * sensitive. Every fourth line is held out. Each line is spoken with espeak-ng (the locale's voice) at each pace's words-per-minute and
 * measured with soxi; the model's coefficients are fitted per pace on the other lines by least
 * squares (a feature whose weight would come out negative is dropped, so a longer text never
 * estimates shorter), and the held-out lines' mean |error| is recorded. Writes
 * lambda/locales/<locale>/timing.json. `--voice` and `--model` default to that file's.
 *
 * The `morae` model (Japanese: espeak-ng cannot read kana or kanji) is not fitted: its
 * coefficients are a stated speaking rate (MORA_RATE below), scaled by each pace's rate.
 *
 * Needs espeak-ng and sox (Debian/Ubuntu: apt-get install espeak-ng sox).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { LOCALES, isLocaleId, type LocaleId } from '../lambda/locales/registry';
import { translator } from '../lambda/speech/i18n';
import { espeakWordsPerMinute } from '../lambda/speech/timing/pace';
import { isTimingModelName, TIMING_MODELS, type TimingModelName } from '../lambda/speech/timing/models';
import { applySpeechModel, type SpeechCoefficients } from '../lambda/speech/timing/speech-duration';
import { PACES, paceRatePercent, type Pace } from '../lambda/vocabulary/pace';
import { lengthPhrase, legName, legPhrase, say, variantName, type SpeechKey, type SpeechParams } from '../lambda/vocabulary/say';
import {
  ESPEAK_MISSING_MESSAGE,
  espeakAvailable,
  espeakVersion,
  mapWithConcurrency,
  measureSpeechAsync,
  type SpeechMeasurement,
} from '../test/support/espeak';

const ROOT = join(__dirname, '..');
const VERBOSE = process.argv.includes('--verbose');
/** One line in HELD_OUT_EVERY is kept out of the fit and used to measure the model. */
const HELD_OUT_EVERY = 4;
/**
 * The `morae` model's stated rate at normal pace: 7.5 morae a second (a calm reading pace; news
 * readers reach 8), a fixed 0.35 s around an utterance, 0.3 s at a comma (、), 0.55 s between
 * sentences (。). Slower and faster paces scale every term by the pace's rate.
 */
const MORA_RATE: Record<string, number> = { intercept: 0.35, morae: 1 / 7.5, clauseBreaks: 0.3, sentenceBreaks: 0.55 };

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

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

/** Values for every placeholder of any line, in the locale's own words. */
const SAMPLE_PARAMS: SpeechParams = {
  count: 30, round: 1, rounds: 3, done: 2, total: 6, step: 2, steps: 5, sessions: 3,
  leg: legName('right'), otherLeg: legName('left'), legPhrase: legPhrase('left'),
  length: lengthPhrase(30), longer: lengthPhrase(45), variant: variantName('SITTING'),
  time: say('time.onTheHour', { hour12: 9, period: say('time.am') }),
  hour12: 9, minuteTens: 3, minuteOnes: 0, period: say('time.pm'),
};

/** Extra English sentences for the `english` model: short cues, the lines the hold composer spaces. */
const ENGLISH_CUES_FILE = join(ROOT, 'scripts', 'calibration-corpus.txt');

function englishCues(): Array<{ key: string; text: string }> {
  return readFileSync(ENGLISH_CUES_FILE, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((text, i) => ({ key: `calibration-corpus.txt:${i + 1}`, text }));
}

/** Every spoken line of the locale (screen labels and time formats are not spoken alone), sorted by key. */
export function corpusOf(locale: LocaleId): Array<{ key: string; text: string }> {
  const t = translator(locale);
  const speech = LOCALES[locale].speech();
  const seen = new Set<string>();
  return Object.keys(speech)
    .filter((key) => !key.startsWith('screen.') && !key.startsWith('time.'))
    .sort()
    .map((key) => ({ key, text: t(key as SpeechKey, SAMPLE_PARAMS) }))
    .filter(({ text }) => {
      if (seen.has(text)) return false;
      seen.add(text);
      return true;
    });
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));
const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
const maxAbs = (values: number[]): number => Math.max(...values.map(Math.abs));

interface PaceResult {
  pace: Pace;
  coefficients: SpeechCoefficients;
  dropped: string[];
  trainingMeanAbsError: number;
  heldOutMeanAbsError: number;
  heldOutMaxAbsError: number;
  meanMeasured: number;
  meanLeadingSilence: number;
  meanTrailingSilence: number;
  worst: Array<{ text: string; measured: number; error: number }>;
}

/**
 * Least squares on relative error (each line weighted by 1 / its length, so a short cue, which
 * the hold composer spaces, counts as much as a long instruction), without negative weights: a
 * feature that would weigh less than nothing is dropped and the fit redone.
 */
function nonNegativeFit(names: readonly string[], rows: Array<Readonly<Record<string, number>>>, measured: number[]): { coefficients: Record<string, number>; dropped: string[] } {
  const dropped: string[] = [];
  for (;;) {
    const used = names.filter((n) => !dropped.includes(n) && rows.some((r) => r[n] !== 0));
    const fit = leastSquares(
      rows.map((r, i) => used.map((n) => r[n] / measured[i])),
      measured.map(() => 1),
    );
    const negative = used
      .map((n, i) => [n, fit.coefficients[i]] as const)
      .filter(([n, c]) => n !== 'intercept' && c < 0)
      .sort((a, b) => a[1] - b[1]);
    if (negative.length === 0) {
      const coefficients = Object.fromEntries(names.map((n) => [n, 0]));
      used.forEach((n, i) => (coefficients[n] = round(fit.coefficients[i], 5)));
      return { coefficients, dropped: [...dropped, ...names.filter((n) => !used.includes(n) && !dropped.includes(n))] };
    }
    dropped.push(negative[0][0]);
  }
}

function fitPace(
  pace: Pace,
  model: TimingModelName,
  corpus: Array<{ text: string; heldOut: boolean }>,
  measurements: SpeechMeasurement[],
): PaceResult {
  const { features, featuresOf } = TIMING_MODELS[model];
  const rows = corpus.map((line) => featuresOf(line.text));
  const measured = measurements.map((m) => m.seconds);
  const train = corpus.map((line, i) => (line.heldOut ? -1 : i)).filter((i) => i >= 0);
  const test = corpus.map((line, i) => (line.heldOut ? i : -1)).filter((i) => i >= 0);
  const { coefficients, dropped } = nonNegativeFit(features, train.map((i) => rows[i]), train.map((i) => measured[i]));
  // Errors of the rounded coefficients, exactly as the estimator will use them.
  const error = (i: number): number => applySpeechModel(rows[i], coefficients) - measured[i];
  const worst = test
    .map((i) => ({ text: corpus[i].text, measured: measured[i], error: error(i) }))
    .sort((a, b) => Math.abs(b.error) - Math.abs(a.error))
    .slice(0, 5);
  return {
    pace,
    coefficients,
    dropped,
    trainingMeanAbsError: mean(train.map((i) => Math.abs(error(i)))),
    heldOutMeanAbsError: mean(test.map((i) => Math.abs(error(i)))),
    heldOutMaxAbsError: maxAbs(test.map(error)),
    meanMeasured: mean(measured),
    meanLeadingSilence: mean(measurements.map((m) => m.leadingSilenceSeconds)),
    meanTrailingSilence: mean(measurements.map((m) => m.trailingSilenceSeconds)),
    worst,
  };
}

function statedMoraTiming(locale: LocaleId, voice: string): Record<string, unknown> {
  const coefficients = Object.fromEntries(
    PACES.map((pace) => [
      pace,
      Object.fromEntries(Object.entries(MORA_RATE).map(([name, value]) => [name, round((value * 100) / paceRatePercent(pace), 5)])),
    ]),
  );
  return {
    $comment: 'Written by scripts/calibrate-speech.ts; do not edit. A stated speaking rate, not a fit: espeak-ng cannot read kana or kanji.',
    locale,
    voice,
    model: 'morae',
    features: TIMING_MODELS.morae.features,
    coefficients,
    heldOutMeanAbsErrorSeconds: null,
    statedRate: 'normal pace: 7.5 morae a second, 0.35 s around an utterance, 0.3 s at 、, 0.55 s between sentences; slow and fast scale by the pace rate (80 %, 120 %)',
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  const requested = argument('locale') ?? 'en-US';
  if (!isLocaleId(requested)) throw new Error(`${requested} is not in lambda/locales/registry.ts`);
  const locale: LocaleId = requested;
  const outputFile = join(ROOT, 'lambda', 'locales', locale, 'timing.json');
  const existing = existsSync(outputFile) ? (JSON.parse(readFileSync(outputFile, 'utf8')) as { voice?: string; model?: string }) : {};
  const voice = argument('voice') ?? existing.voice;
  const model = argument('model') ?? existing.model;
  if (!voice) throw new Error(`No espeak-ng voice for ${locale}: pass --voice (see espeak-ng --voices)`);
  if (!isTimingModelName(model)) throw new Error(`No timing model for ${locale}: pass --model ${Object.keys(TIMING_MODELS).join('|')}`);

  if (model === 'morae') {
    writeFileSync(outputFile, `${JSON.stringify(statedMoraTiming(locale, voice), null, 2)}\n`);
    console.log(`wrote ${relative(ROOT, outputFile)} (stated rate, no fit)`);
    return;
  }
  if (!espeakAvailable()) {
    console.error(ESPEAK_MISSING_MESSAGE);
    process.exit(1);
  }
  const lines = [...corpusOf(locale), ...(model === 'english' ? englishCues() : [])];
  const seen = new Set<string>();
  const corpus = lines
    .filter(({ text }) => !seen.has(text) && Boolean(seen.add(text)))
    .map((line, i) => ({ ...line, heldOut: i % HELD_OUT_EVERY === HELD_OUT_EVERY - 1 }));
  const empty = corpus.filter((line) => TIMING_MODELS[model].featuresOf(line.text).intercept === 0);
  if (empty.length > 0) throw new Error(`Lines with nothing to say: ${empty.map((l) => l.key).join(', ')}`);

  const jobs = PACES.flatMap((pace) => corpus.map(({ text }) => ({ pace, text })));
  const concurrency = Math.max(2, availableParallelism());
  // Measurements are kept between runs (same espeak-ng, voice, pace and text: same WAV).
  const cacheFile = join(tmpdir(), `hamstring-coach-espeak-${espeakVersion()}.json`);
  const cache: Record<string, SpeechMeasurement> = existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : {};
  const measurements = await mapWithConcurrency(jobs, concurrency, async ({ text, pace }) => {
    const key = `${voice}|${pace}|${text}`;
    cache[key] ??= await measureSpeechAsync(text, pace, voice);
    return cache[key];
  });
  writeFileSync(cacheFile, JSON.stringify(cache));
  const synthesisSeconds = (Date.now() - started) / 1000;
  const results = PACES.map((pace) => fitPace(pace, model, corpus, measurements.filter((_, j) => jobs[j].pace === pace)));

  const soxVersion = execFileSync('sox', ['--version'], { encoding: 'utf8' }).trim().replace(/^sox:\s*/, '');
  const byPace = <T>(value: (r: PaceResult) => T): Record<string, T> => Object.fromEntries(results.map((r) => [r.pace, value(r)]));
  const output = {
    $comment: 'Written by scripts/calibrate-speech.ts; do not edit. Coefficients are seconds per unit of each feature.',
    locale,
    voice,
    model,
    features: TIMING_MODELS[model].features,
    coefficients: byPace((r) => r.coefficients),
    heldOutMeanAbsErrorSeconds: byPace((r) => round(r.heldOutMeanAbsError, 4)),
    synthesizer: { engine: 'espeak-ng', version: espeakVersion(), voice, measuredWith: `soxi -D (${soxVersion})` },
    calibratedOn: new Date().toISOString().slice(0, 10),
    corpus: {
      source: `lambda/locales/${locale}/speech.ts (spoken lines, placeholders filled)${model === 'english' ? ' and scripts/calibration-corpus.txt' : ''}`,
      sentences: corpus.length,
      heldOut: corpus.filter((l) => l.heldOut).length,
      heldOutRule: `every ${HELD_OUT_EVERY}th line in key order`,
    },
    paces: byPace((r) => ({
      ratePercent: paceRatePercent(r.pace),
      espeakWordsPerMinute: espeakWordsPerMinute(r.pace),
      fit: {
        trainingMeanAbsErrorSeconds: round(r.trainingMeanAbsError, 4),
        heldOutMeanAbsErrorSeconds: round(r.heldOutMeanAbsError, 4),
        heldOutMaxAbsErrorSeconds: round(r.heldOutMaxAbsError, 4),
        meanMeasuredSeconds: round(r.meanMeasured, 4),
        ...(r.dropped.length > 0 ? { droppedFeatures: r.dropped } : {}),
      },
      // Part of every utterance's time (so of the intercept): espeak's silence before and after the speech.
      silence: { meanLeadingSeconds: round(r.meanLeadingSilence, 4), meanTrailingSeconds: round(r.meanTrailingSilence, 4) },
    })),
  };
  writeFileSync(outputFile, `${JSON.stringify(output, null, 2)}\n`);

  const pad = (s: string | number, n: number): string => String(s).padStart(n);
  console.log(
    `${locale}: espeak-ng ${output.synthesizer.version}, voice ${voice}, model ${model}; ${corpus.length} lines (${output.corpus.heldOut} held out) × ${PACES.length} paces ` +
      `synthesized in ${synthesisSeconds.toFixed(1)} s (${concurrency} in parallel)\n`,
  );
  console.log(`${'pace'.padEnd(7)}${pad('wpm', 5)}${pad('mean s', 8)}${pad('train', 8)}${pad('held-out', 10)}${pad('max', 8)}`);
  for (const r of results) {
    console.log(
      `${r.pace.padEnd(7)}${pad(espeakWordsPerMinute(r.pace), 5)}${pad(r.meanMeasured.toFixed(3), 8)}` +
        `${pad(r.trainingMeanAbsError.toFixed(3), 8)}${pad(r.heldOutMeanAbsError.toFixed(3), 10)}${pad(r.heldOutMaxAbsError.toFixed(3), 8)}`,
    );
  }
  console.log('\ncoefficients (seconds per unit):');
  console.log(`${''.padEnd(22)}${PACES.map((p) => pad(p, 9)).join('')}`);
  for (const name of TIMING_MODELS[model].features) {
    console.log(`${name.padEnd(22)}${results.map((r) => pad((r.coefficients[name] ?? 0).toFixed(4), 9)).join('')}`);
  }
  if (VERBOSE) {
    for (const r of results) {
      console.log(`\nworst held-out lines, ${r.pace}:`);
      for (const w of r.worst) console.log(`  ${w.error >= 0 ? '+' : ''}${w.error.toFixed(3)} s of ${w.measured.toFixed(3)} s  ${w.text}`);
    }
  }
  console.log(`\nwrote ${relative(ROOT, outputFile)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
