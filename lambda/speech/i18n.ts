/**
 * Speech text through i18next. One instance per registered locale, created on
 * the locale's first use (which is when its speech is loaded) and synchronous,
 * so it adds nothing to a request once warm. An unknown locale is answered in en-US.
 */
import i18next, { i18n } from 'i18next';
import { LOCALES, localeFor, type LocaleId } from '../locales/registry';
import { CLOCK_KEYS } from '../locales/speech';
import { dayPartOf } from '../vocabulary/clock';
import type { SpeechKey, SpeechParams } from '../vocabulary/say';

export type Translate = (key: SpeechKey, params?: SpeechParams) => string;

interface LocaleSpeech {
  instance: i18n;
  /** The hour a clock time is said with, on 12 or 24 hours: as the locale's own line says it. */
  hour: 'hour12' | 'hour24';
}

const instances = new Map<LocaleId, LocaleSpeech>();

function instanceFor(locale: LocaleId): LocaleSpeech {
  let found = instances.get(locale);
  if (!found) {
    const speech = LOCALES[locale].speech();
    const instance = i18next.createInstance();
    void instance.init({
      lng: locale,
      // Every locale has every key (the Speech type), so nothing falls back to another language.
      fallbackLng: false,
      resources: { [locale]: { translation: speech } },
      // Keys contain dots ("setup.SITTING.0") but are flat, not nested.
      keySeparator: false,
      nsSeparator: false,
      // Values are escaped for SSML when the speech is composed, not here.
      interpolation: { escapeValue: false },
      initAsync: false,
    } as Parameters<i18n['init']>[0]);
    found = { instance, hour: speech['time.onTheHour'].includes('{{hour24}}') ? 'hour24' : 'hour12' };
    instances.set(locale, found);
  }
  return found;
}

/**
 * A translate function for a locale (any string: an unregistered one gets en-US).
 * Parameters that are phrases of their own ("right leg", "one minute") are
 * translated first, so the state machine never handles words.
 */
export function translator(locale: string): Translate {
  const { instance, hour } = instanceFor(localeFor(locale));
  const t: Translate = (key, params) => {
    if (!params) return instance.t(key);
    const words: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(params)) {
      words[name] = typeof value === 'number' ? value : t(value.key, value.params);
    }
    if (isClockKey(key) && typeof words.hour24 === 'number') {
      // A clock time's form follows its hour (Spanish "la 1", "las 2"), and its part of the day (Hindi "रात 9 बजे"): see CLOCK_KEYS.
      words.count = words[hour];
      words.context = dayPartOf(words.hour24);
    }
    return instance.t(key, words);
  };
  return t;
}

function isClockKey(key: SpeechKey): boolean {
  return (CLOCK_KEYS as readonly SpeechKey[]).includes(key);
}
