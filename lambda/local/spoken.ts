/**
 * How a locale is heard, for the local resolver: its lambda/locales/<locale>/spoken.json, read
 * (following `extends`) and compiled. Fields: `spaces` (false: words are not separated, as in
 * Japanese, and matching ignores spaces), `numbers` (every number 0–120 in all its common forms),
 * `durations` (`second` and `minute` templates with {n}, and `fixed` phrases per ISO-8601
 * value), `launch` and `oneShot` patterns with {invocation} and {request}, and optionally
 * `wakeWords` (default ["alexa"]) and `respell` (a word heard as another: "ok" → "okay").
 * A locale that `extends` another takes every field it does not give from it; its `numbers` and
 * `durations.fixed` add to (or, per number or value, replace) its base's.
 */
import * as fs from 'fs';
import * as path from 'path';

export interface SpokenJson {
  extends?: string;
  spaces?: boolean;
  numbers?: Record<string, string[]>;
  durations?: {
    second?: string[];
    minute?: string[];
    fixed?: Record<string, string[]>;
  };
  launch?: string[];
  oneShot?: string[];
  wakeWords?: string[];
  respell?: Record<string, string>;
  /**
   * Alexa's own phrases for built-in intents in this language ("ja", "stopp"), which no model
   * lists: the local matcher knows only the English ones.
   */
  builtIns?: Record<string, string[]>;
}

/** A spoken.json with its base applied: every field present (builtIns only when given). */
export type ResolvedSpokenJson = Required<Omit<SpokenJson, 'extends' | 'durations' | 'builtIns'>> & {
  durations: { second: string[]; minute: string[]; fixed: Record<string, string[]> };
  builtIns?: Record<string, string[]>;
};

const LOCALES_RELATIVE_PATH = path.join('lambda', 'locales');

/** The repository root: from this file's folder (lambda/local) up, else the working directory. */
export function repoRoot(): string {
  const candidates = [path.resolve(__dirname, '..', '..'), process.cwd()];
  return candidates.find((p) => fs.existsSync(path.join(p, LOCALES_RELATIVE_PATH))) ?? candidates[0];
}

export function localeFolder(locale: string): string {
  return path.join(repoRoot(), LOCALES_RELATIVE_PATH, locale);
}

/** A locale's spoken.json with its `extends` chain applied. */
export function readSpokenJson(locale: string, seen: string[] = []): ResolvedSpokenJson {
  if (seen.includes(locale)) throw new Error(`spoken.json extends itself: ${[...seen, locale].join(' -> ')}`);
  const file = path.join(localeFolder(locale), 'spoken.json');
  const own = JSON.parse(fs.readFileSync(file, 'utf8')) as SpokenJson;
  const base: Partial<ResolvedSpokenJson> = own.extends ? readSpokenJson(own.extends, [...seen, locale]) : {};
  const merged = { wakeWords: ['alexa'], respell: {}, ...base, ...withoutExtends(own) };
  if (base.numbers && own.numbers) merged.numbers = { ...base.numbers, ...own.numbers };
  if (base.durations && own.durations) {
    merged.durations = {
      second: own.durations.second ?? base.durations.second,
      minute: own.durations.minute ?? base.durations.minute,
      fixed: { ...base.durations.fixed, ...own.durations.fixed },
    };
  }
  for (const field of ['spaces', 'numbers', 'durations', 'launch', 'oneShot'] as const) {
    if (merged[field] === undefined || (field === 'durations' && !(merged.durations?.second && merged.durations.minute))) throw new Error(`${path.relative(repoRoot(), file)} has no "${field}" (and extends nothing that has)`);
  }
  return { ...merged, durations: { fixed: {}, ...merged.durations } } as ResolvedSpokenJson;
}

function withoutExtends(json: SpokenJson): Omit<SpokenJson, 'extends'> {
  const { extends: _base, ...rest } = json;
  void _base;
  return rest;
}
