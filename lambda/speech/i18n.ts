/**
 * Speech text through i18next. One instance per registered locale, created on
 * the locale's first use (which is when its speech is loaded) and synchronous,
 * so it adds nothing to a request once warm. An unknown locale is answered in en-US.
 */
import i18next, { i18n } from 'i18next';
import { LOCALES, localeFor, type LocaleId } from '../locales/registry';
import type { SpeechKey, SpeechParams } from '../vocabulary/say';

export type Translate = (key: SpeechKey, params?: SpeechParams) => string;

const instances = new Map<LocaleId, i18n>();

function instanceFor(locale: LocaleId): i18n {
  let instance = instances.get(locale);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      lng: locale,
      // Every locale has every key (the Speech type), so nothing falls back to another language.
      fallbackLng: false,
      resources: { [locale]: { translation: LOCALES[locale].speech() } },
      // Keys contain dots ("setup.SITTING.0") but are flat, not nested.
      keySeparator: false,
      nsSeparator: false,
      // Values are escaped for SSML when the speech is composed, not here.
      interpolation: { escapeValue: false },
      initAsync: false,
    } as Parameters<i18n['init']>[0]);
    instances.set(locale, instance);
  }
  return instance;
}

/**
 * A translate function for a locale (any string: an unregistered one gets en-US).
 * Parameters that are phrases of their own ("right leg", "one minute") are
 * translated first, so the state machine never handles words.
 */
export function translator(locale: string): Translate {
  const instance = instanceFor(localeFor(locale));
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
