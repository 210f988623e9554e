/**
 * Every locale the skill speaks: ONE line each. A locale's content is its folder
 * (lambda/locales/<locale>/: speech.ts, model.json, publishing.json, spoken.json,
 * timing.json); the line says how the Lambda loads the two files it reads.
 * Each is required on the locale's first use, never at module load, so cold
 * start does not grow with the number of locales.
 *
 * To add a locale: write its folder, then add its line below (same shape).
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import type { Speech } from './speech';

/** How the Lambda loads one locale: its speech and its timing model, each on first use. */
export interface LocaleSource {
  readonly speech: () => Speech;
  readonly timing: () => unknown;
}

export const LOCALES = {
  'en-US': { speech: () => require('./en-US/speech').enUS, timing: () => require('./en-US/timing.json') },
  'en-GB': { speech: () => require('./en-GB/speech').speech, timing: () => require('./en-GB/timing.json') },
  'en-CA': { speech: () => require('./en-CA/speech').speech, timing: () => require('./en-CA/timing.json') },
  'en-AU': { speech: () => require('./en-AU/speech').speech, timing: () => require('./en-AU/timing.json') },
  'en-IN': { speech: () => require('./en-IN/speech').speech, timing: () => require('./en-IN/timing.json') },
  'de-DE': { speech: () => require('./de-DE/speech').speech, timing: () => require('./de-DE/timing.json') },
  'nl-NL': { speech: () => require('./nl-NL/speech').speech, timing: () => require('./nl-NL/timing.json') },
  'es-ES': { speech: () => require('./es-ES/speech').speech, timing: () => require('./es-ES/timing.json') },
  'es-MX': { speech: () => require('./es-MX/speech').speech, timing: () => require('./es-MX/timing.json') },
  'es-US': { speech: () => require('./es-US/speech').speech, timing: () => require('./es-US/timing.json') },
  'fr-FR': { speech: () => require('./fr-FR/speech').speech, timing: () => require('./fr-FR/timing.json') },
  'fr-CA': { speech: () => require('./fr-CA/speech').speech, timing: () => require('./fr-CA/timing.json') },
  'it-IT': { speech: () => require('./it-IT/speech').speech, timing: () => require('./it-IT/timing.json') },
  'pt-BR': { speech: () => require('./pt-BR/speech').speech, timing: () => require('./pt-BR/timing.json') },
  'ar-SA': { speech: () => require('./ar-SA/speech').speech, timing: () => require('./ar-SA/timing.json') },
  'ja-JP': { speech: () => require('./ja-JP/speech').speech, timing: () => require('./ja-JP/timing.json') },
  'hi-IN': { speech: () => require('./hi-IN/speech').speech, timing: () => require('./hi-IN/timing.json') },
} satisfies Record<string, LocaleSource>;

export type LocaleId = keyof typeof LOCALES;

/** The locale every unknown locale is answered in. */
export const DEFAULT_LOCALE: LocaleId = 'en-US';

/** Every registered locale, en-US first. */
export const LOCALE_IDS = Object.keys(LOCALES) as LocaleId[];

export function isLocaleId(value: string): value is LocaleId {
  // hasOwnProperty, not `in`: a locale named "constructor" must not count as registered.
  return Object.prototype.hasOwnProperty.call(LOCALES, value);
}

/** The registered locale that answers a request's locale: itself, or en-US. */
export function localeFor(requested: string | undefined): LocaleId {
  return requested !== undefined && isLocaleId(requested) ? requested : DEFAULT_LOCALE;
}
