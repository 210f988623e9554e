/**
 * What every response must be, checked the same way everywhere: valid Amazon
 * SSML (by ssml-check-core), every <break> within Alexa's 10 s, speech under
 * 8,000 characters, and none of the words that betray a bug.
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
  }
  if (response.shouldEndSession === false && !response.reprompt) problems.push('session left open without a reprompt');
  return problems;
}
