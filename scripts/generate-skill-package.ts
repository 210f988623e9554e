/**
 * `npm run generate`: writes the skill package from the locale folders.
 *
 *   skill-package/interactionModels/custom/<locale>.json  from lambda/locales/<locale>/model.json
 *       (a regional variant's `extends` chain applied: its base's model plus its own samples,
 *       synonyms and invocation name);
 *   skill-package/skill.json  publishingInformation.locales, distributionCountries (the union)
 *       and privacyAndCompliance.locales, from each lambda/locales/<locale>/publishing.json;
 *   docs/privacy/<locale>.md  the privacy text of each locale, to host.
 *
 * Every registered locale (lambda/locales/registry.ts) is written; nothing else. The files are
 * generated, never edited: test/locales.test.ts fails when one differs from what this would write.
 */
import * as fs from 'fs';
import * as path from 'path';
import { LOCALE_IDS } from '../lambda/locales/registry';

const ROOT = path.join(__dirname, '..');
const LOCALES_DIR = path.join(ROOT, 'lambda', 'locales');

interface Intent {
  name: string;
  slots?: Array<{ name: string; type: string; samples?: string[] }>;
  samples?: string[];
}
interface SlotType {
  name: string;
  values: Array<{ id?: string; name: { value: string; synonyms?: string[] } }>;
}
export interface ModelJson {
  interactionModel: { languageModel: { invocationName: string; intents: Intent[]; types?: SlotType[] } & Record<string, unknown> } & Record<string, unknown>;
}
/** A regional variant's model.json: only what it adds to its base. */
export interface ModelAdditions {
  extends: string;
  invocationName?: string;
  samples?: Record<string, string[]>;
  synonyms?: Record<string, Record<string, string[]>>;
}
export interface PublishingJson {
  name: string;
  summary: string;
  description: string;
  examplePhrases: string[];
  keywords: string[];
  countries: string[];
  privacyPolicy: string;
  privacyPolicyUrl?: string;
  termsOfUseUrl?: string;
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

function localeFile(locale: string, name: string): string {
  return path.join(LOCALES_DIR, locale, name);
}

/** A locale's full interaction model: its model.json, or its base's with its additions. */
export function buildModel(locale: string, seen: string[] = []): ModelJson {
  if (seen.includes(locale)) throw new Error(`model.json extends itself: ${[...seen, locale].join(' -> ')}`);
  const source = readJson<ModelJson | ModelAdditions>(localeFile(locale, 'model.json'));
  if (!('extends' in source)) return source;
  const model = buildModel(source.extends, [...seen, locale]);
  const lm = model.interactionModel.languageModel;
  const where = `lambda/locales/${locale}/model.json`;
  if (source.invocationName !== undefined) lm.invocationName = source.invocationName;
  for (const [intentName, samples] of Object.entries(source.samples ?? {})) {
    const intent = lm.intents.find((i) => i.name === intentName);
    if (!intent) throw new Error(`${where} adds samples to ${intentName}, which ${source.extends} does not have`);
    intent.samples = unique([...(intent.samples ?? []), ...samples]);
  }
  for (const [typeName, byId] of Object.entries(source.synonyms ?? {})) {
    const type = lm.types?.find((t) => t.name === typeName);
    if (!type) throw new Error(`${where} adds synonyms to ${typeName}, which ${source.extends} does not have`);
    for (const [id, synonyms] of Object.entries(byId)) {
      const value = type.values.find((v) => v.id === id);
      if (!value) throw new Error(`${where} adds synonyms to ${typeName} ${id}, which ${source.extends} does not have`);
      value.name.synonyms = unique([...(value.name.synonyms ?? []), ...synonyms]).filter((s) => s !== value.name.value);
    }
  }
  return model;
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function readPublishing(locale: string): PublishingJson {
  return readJson<PublishingJson>(localeFile(locale, 'publishing.json'));
}

const ICONS = { smallIconUri: 'file://assets/images/en-US_smallIcon.png', largeIconUri: 'file://assets/images/en-US_largeIcon.png' };

/** skill.json with every registered locale's publishing information; the rest of the manifest is kept. */
export function buildManifest(current: Record<string, unknown>): Record<string, unknown> {
  const manifest = structuredClone(current) as {
    manifest: {
      publishingInformation: Record<string, unknown>;
      privacyAndCompliance: Record<string, unknown>;
    } & Record<string, unknown>;
  };
  const locales: Record<string, unknown> = {};
  const privacy: Record<string, unknown> = {};
  const countries = new Set<string>();
  for (const locale of LOCALE_IDS) {
    const p = readPublishing(locale);
    locales[locale] = {
      name: p.name,
      summary: p.summary,
      description: p.description,
      examplePhrases: p.examplePhrases,
      keywords: p.keywords,
      ...ICONS,
    };
    privacy[locale] = {
      ...(p.privacyPolicyUrl ? { privacyPolicyUrl: p.privacyPolicyUrl } : {}),
      ...(p.termsOfUseUrl ? { termsOfUseUrl: p.termsOfUseUrl } : {}),
    };
    p.countries.forEach((c) => countries.add(c));
  }
  const info = manifest.manifest.publishingInformation;
  manifest.manifest.publishingInformation = {
    ...info,
    locales,
    isAvailableWorldwide: false,
    distributionCountries: [...countries].sort(),
  };
  manifest.manifest.privacyAndCompliance = { ...manifest.manifest.privacyAndCompliance, locales: privacy };
  return manifest;
}

function privacyPage(locale: string): string {
  const p = readPublishing(locale);
  return `<!-- Generated by npm run generate from lambda/locales/${locale}/publishing.json; do not edit. -->\n# ${p.name}: privacy (${locale})\n\n${p.privacyPolicy.trim()}\n`;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export const MANIFEST_FILE = path.join(ROOT, 'skill-package', 'skill.json');

/** Every generated file (absolute path -> content), as `npm run generate` would write it. */
export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const locale of LOCALE_IDS) {
    files.set(path.join(ROOT, 'skill-package', 'interactionModels', 'custom', `${locale}.json`), json(buildModel(locale)));
    files.set(path.join(ROOT, 'docs', 'privacy', `${locale}.md`), privacyPage(locale));
  }
  files.set(MANIFEST_FILE, json(buildManifest(readJson(MANIFEST_FILE))));
  return files;
}

if (require.main === module) {
  for (const [file, content] of generatedFiles()) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    if (before === content) continue;
    fs.writeFileSync(file, content);
    console.log(`wrote ${path.relative(ROOT, file)}`);
  }
}
