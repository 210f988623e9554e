/**
 * Speech text through i18next. One instance per locale, created on first use
 * and synchronous, so it adds nothing to a request once warm.
 */
import i18next, { i18n } from 'i18next';
import { enUS } from '../locales/en-US/speech';
import type { SpeechKey, SpeechParams } from '../vocabulary/say';

export type Translate = (key: SpeechKey, params?: SpeechParams) => string;

const RESOURCES = { 'en-US': enUS } as const;
export const DEFAULT_LOCALE = 'en-US';

const instances = new Map<string, i18n>();

function instanceFor(locale: string): i18n {
  // hasOwnProperty, not `in`: a locale named "constructor" must not count as supported.
  const lng = Object.prototype.hasOwnProperty.call(RESOURCES, locale) ? locale : DEFAULT_LOCALE;
  let instance = instances.get(lng);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      lng,
      fallbackLng: DEFAULT_LOCALE,
      resources: { [lng]: { translation: RESOURCES[lng as keyof typeof RESOURCES] } },
      // Keys contain dots ("setup.SITTING.0") but are flat, not nested.
      keySeparator: false,
      nsSeparator: false,
      // Values are escaped for SSML when the speech is composed, not here.
      interpolation: { escapeValue: false },
      initAsync: false,
    } as Parameters<i18n['init']>[0]);
    instances.set(lng, instance);
  }
  return instance;
}

export function isSpeechKey(value: string): value is SpeechKey {
  return Object.prototype.hasOwnProperty.call(enUS, value);
}

/**
 * A translate function for a locale. Parameters that are phrases of their own
 * ("right leg", "one minute") are translated first, so the state machine never
 * handles words.
 */
export function translator(locale: string): Translate {
  const instance = instanceFor(locale);
  const t: Translate = (key, params) => {
    if (!params) return instance.t(key);
    const words: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(params)) {
      words[name] = typeof value === 'number' ? value : t(value.key, value.params);
    }
    return instance.t(key, words);
  };
  return t;
}
