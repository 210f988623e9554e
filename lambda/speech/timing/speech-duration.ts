/**
 * How long the voice takes to say a short piece of plain text, at each pace, in each locale.
 *
 * Each locale's timing.json (lambda/locales/<locale>/timing.json, loaded on the locale's first
 * use) names a model of models.ts and its coefficients per pace: seconds = Σ coefficient ×
 * feature. The coefficients are fitted by `scripts/calibrate-speech.ts --locale <locale>` against
 * the locale's espeak-ng voice (Japanese: a stated rate). An unregistered locale is timed as en-US.
 *
 * Pure and deterministic: no I/O, no clock. Text is plain text (no SSML).
 */
import { LOCALES, localeFor, type LocaleId } from '../../locales/registry';
import { PACES, type Pace } from '../../vocabulary/pace';
import { isTimingModelName, TIMING_MODELS, type TimingModel, type TimingModelName } from './models';

export type SpeechCoefficients = Readonly<Record<string, number>>;

/** A locale's timing model, checked: its features and its coefficients per pace. */
export interface LocaleTiming {
  readonly locale: LocaleId;
  readonly modelName: TimingModelName;
  readonly model: TimingModel;
  readonly coefficients: Readonly<Record<Pace, SpeechCoefficients>>;
}

/** Checks a timing.json: a known model, and a finite coefficient for each of its features at each pace. */
export function checkTiming(locale: LocaleId, json: unknown): LocaleTiming {
  const timing = (json ?? {}) as { model?: unknown; coefficients?: Record<string, Record<string, unknown> | undefined> };
  const fail = (why: string): never => {
    throw new Error(`lambda/locales/${locale}/timing.json ${why}; run npx tsx scripts/calibrate-speech.ts --locale ${locale}`);
  };
  if (!isTimingModelName(timing.model)) return fail(`names no known model (${String(timing.model)})`);
  const model = TIMING_MODELS[timing.model];
  const coefficients = {} as Record<Pace, SpeechCoefficients>;
  for (const pace of PACES) {
    const given = timing.coefficients?.[pace] ?? {};
    const checked: Record<string, number> = {};
    for (const name of model.features) {
      const value = given[name];
      if (typeof value !== 'number' || !Number.isFinite(value)) fail(`has no coefficient "${name}" for pace "${pace}"`);
      checked[name] = value as number;
    }
    coefficients[pace] = Object.freeze(checked);
  }
  return Object.freeze({ locale, modelName: timing.model, model, coefficients: Object.freeze(coefficients) });
}

const timings = new Map<LocaleId, LocaleTiming>();

/** The checked timing model of a locale (unregistered: en-US's), loaded on first use. */
export function localeTiming(locale: string): LocaleTiming {
  const id = localeFor(locale);
  let timing = timings.get(id);
  if (!timing) {
    timing = checkTiming(id, LOCALES[id].timing());
    timings.set(id, timing);
  }
  return timing;
}

/** The linear model applied to given features and coefficients, in seconds (never negative). */
export function applySpeechModel(features: Readonly<Record<string, number>>, coefficients: SpeechCoefficients): number {
  if (!features.intercept) return 0;
  let seconds = 0;
  for (const [name, coefficient] of Object.entries(coefficients)) seconds += coefficient * (features[name] ?? 0);
  return Math.max(0, seconds);
}

/**
 * Estimated seconds the voice of `locale` takes to say `text` (plain text, no SSML) at `pace`,
 * including the short silence a synthesizer leaves around an utterance. 0 for text with nothing to say.
 */
export function estimateSpeechSeconds(text: string, pace: Pace, locale: string = 'en-US'): number {
  const timing = localeTiming(locale);
  const key = `${timing.locale}|${pace}|${text}`;
  const known = estimates.get(key);
  if (known !== undefined) return known;
  const coefficients = timing.coefficients[pace];
  if (!coefficients) throw new RangeError(`Unknown pace: ${String(pace)}`);
  const seconds = applySpeechModel(timing.model.featuresOf(text), coefficients);
  // The skill says the same few hundred sentences over and over: remember them, within a bound.
  if (estimates.size >= MAX_REMEMBERED_ESTIMATES) estimates.clear();
  estimates.set(key, seconds);
  return seconds;
}

const MAX_REMEMBERED_ESTIMATES = 2000;
const estimates = new Map<string, number>();
