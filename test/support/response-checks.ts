/**
 * What every response must be, checked the same way everywhere: valid Amazon
 * SSML (by ssml-check-core), every <break> within Alexa's 10 s, speech under
 * 8,000 characters, none of the words that betray a bug, and no sentence said
 * twice in one response (a confused listener hears it as a loop).
 */
import { check } from 'ssml-check-core';
import type { ResponseEnvelope } from 'ask-sdk-model';

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
  return problems;
}
