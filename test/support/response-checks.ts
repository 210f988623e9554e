/**
 * What every response must be, checked the same way everywhere: valid Amazon
 * SSML (by ssml-check-core) in outputSpeech, the reprompt and every APLA
 * `Speech`, every <break> within Alexa's 10 s, outputSpeech under 8,000
 * characters, the whole response under 24 KB, each APLA document within
 * Amazon's rules (apla-rules.ts), at most 15 Audio and 240 s long, none of
 * the words that betray a bug, and no sentence said twice in one response (a
 * confused listener hears it as a loop).
 */
import { check } from 'ssml-check-core';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { aplaDocumentsOf, type AplaComponent } from '../../lambda/speech/apla/document';
import { readApla } from '../../lambda/speech/apla/reader';
import { aplaRuleProblems } from './apla-rules';

export const MAX_RESPONSE_BYTES = 24 * 1024;
export const MAX_APLA_AUDIO = 15;
export const MAX_APLA_SECONDS = 240;

export const BANNED = [/undefined/i, /\bnull\b/i, /\bNaN\b/, /\[object/i, /There was a problem/i];

export async function ssmlProblems(ssml: string): Promise<string[]> {
  const problems: string[] = [];
  if (!ssml.startsWith('<speak>') || !ssml.endsWith('</speak>')) problems.push('not wrapped in <speak>');
  if (ssml.length >= 8000) problems.push(`speech is ${ssml.length} characters`);
  for (const banned of BANNED) if (banned.test(ssml)) problems.push(`contains ${banned}`);
  for (const match of ssml.matchAll(/<break time="([^"]*)"\/>/g)) {
    const ms = /^(\d+)ms$/.exec(match[1]);
    if (!ms || Number(ms[1]) > 10_000) problems.push(`break of ${match[1]}`);
  }
  const errors = await check(ssml, { platform: 'amazon' });
  for (const error of errors ?? []) problems.push(`ssml-check-core: ${JSON.stringify(error)}`);
  return problems;
}

/** Sentences said more than once in one piece of speech; a timed hold's cues may come round again. */
export function repeatedSentences(ssml: string): string[] {
  if (ssml.includes('<audio')) return [];
  const text = ssml.replace(/<[^>]+>/g, ' ').replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const sentence of text.split(/(?<=[.?!])\s+/)) {
    const key = sentence.trim().toLowerCase();
    if (!key) continue;
    if (seen.has(key)) repeated.push(sentence.trim());
    seen.add(key);
  }
  return repeated;
}

/** Problems with a whole response envelope: its speech and reprompt, and the session flag. */
export async function responseProblems(envelope: ResponseEnvelope): Promise<string[]> {
  const problems: string[] = [];
  const response = envelope.response ?? {};
  for (const [name, speech] of [
    ['outputSpeech', response.outputSpeech],
    ['reprompt', response.reprompt?.outputSpeech],
  ] as const) {
    if (!speech) continue;
    if (speech.type !== 'SSML') {
      problems.push(`${name} is not SSML`);
      continue;
    }
    problems.push(...(await ssmlProblems(speech.ssml)).map((p) => `${name}: ${p}`));
    problems.push(...repeatedSentences(speech.ssml).map((sentence) => `${name}: says "${sentence}" twice`));
  }
  if (response.shouldEndSession === false && !response.reprompt) problems.push('session left open without a reprompt');
  const bytes = Buffer.byteLength(JSON.stringify(envelope));
  if (bytes >= MAX_RESPONSE_BYTES) problems.push(`the response is ${bytes} bytes`);
  const documents = aplaDocumentsOf(response.directives);
  for (const [d, document] of documents.entries()) problems.push(...(await aplaProblems(document)).map((p) => `APLA document ${d}: ${p}`));
  return problems;
}

/** Problems with one APLA document: Amazon's rules, its limits, and the SSML of every Speech. */
export async function aplaProblems(document: unknown): Promise<string[]> {
  const problems = aplaRuleProblems(document);
  if (problems.length > 0) return problems;
  const components = flatten((document as { mainTemplate: { item: AplaComponent } }).mainTemplate.item);
  const audio = components.filter((c) => c.type === 'Audio').length;
  if (audio > MAX_APLA_AUDIO) problems.push(`${audio} Audio components`);
  const seconds = readApla(document as Parameters<typeof readApla>[0]).totalMs / 1000;
  if (seconds > MAX_APLA_SECONDS) problems.push(`${seconds.toFixed(1)} s of audio`);
  for (const component of components) {
    if (component.type !== 'Speech') continue;
    if (component.contentType !== 'SSML') continue;
    const ssmlFound = await ssmlProblems(component.content);
    problems.push(...ssmlFound.map((p) => `Speech ${JSON.stringify(component.content.slice(0, 80))}: ${p}`));
  }
  return problems;
}

function flatten(component: AplaComponent): AplaComponent[] {
  return 'items' in component ? [component, ...component.items.flatMap(flatten)] : [component];
}
