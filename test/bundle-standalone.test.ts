/**
 * The deployed bundle on its own: dist/ copied to an empty folder and run by plain Node in a
 * child process, as Lambda runs it. Every other bundle test runs dist/index.js inside Jest,
 * whose resolver would quietly load a TypeScript source the bundle reaches outside itself
 * (a build once left `require("../lambda/locales/speech")` in it); here such a require fails.
 * Each locale's speech and timing are read from beside the bundle.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Intent, RequestEnvelope } from 'ask-sdk-model';
import { LOCALE_IDS } from '../lambda/locales/registry';
import { translator } from '../lambda/speech/i18n';
import { readResponse, type ResponseLike } from '../lambda/speech/spoken-response';
import { requestEnvelope } from '../lambda/support/request-envelope';

const ROOT = join(__dirname, '..');
const SKILL_ID = 'amzn1.ask.skill.standalone-0000';
const MAX_TURNS = 15;

/** What the child runs: each conversation's events in turn, session attributes carried from each response to the next request. */
const CHILD = `
const [bundle, file] = process.argv.slice(1);
const { handler } = require(bundle);
const conversations = JSON.parse(require('fs').readFileSync(file, 'utf8'));
(async () => {
  const heard = [];
  for (const events of conversations) {
    let attributes = {};
    const responses = [];
    for (const event of events) {
      event.session.attributes = attributes;
      const envelope = await handler(event, {});
      attributes = envelope.sessionAttributes || {};
      responses.push(envelope.response);
      if ((envelope.response.directives || []).some((d) => d.type === 'Alexa.Presentation.APLA.RenderDocument')) break;
    }
    heard.push(responses);
  }
  process.stdout.write(JSON.stringify(heard));
})().catch((error) => { console.error(error && error.stack || error); process.exit(1); });
`;

function event(locale: string, user: string, turn: number, request: { type: 'LaunchRequest' } | { type: 'IntentRequest'; intent: Intent }): RequestEnvelope {
  const identity = { skillId: SKILL_ID, userId: `amzn1.ask.account.${user}`, deviceId: 'amzn1.ask.device.STANDALONE', apiEndpoint: 'https://127.0.0.1:9', apiAccessToken: 'standalone' };
  const timestamp = new Date(Date.UTC(2026, 0, 5, 7, 30, turn * 20)).toISOString();
  const body = { ...request, requestId: `amzn1.echo-api.request.${user}-${turn}`, timestamp, locale, ...(request.type === 'IntentRequest' ? { dialogState: 'COMPLETED' } : {}) };
  return requestEnvelope(identity, { id: `amzn1.echo-api.session.${user}`, new: turn === 0, attributes: {} }, body as RequestEnvelope['request']);
}

function sitting(): Intent {
  const resolutions = {
    resolutionsPerAuthority: [{ authority: `amzn1.er-authority.echo-sdk.${SKILL_ID}.StretchVariant`, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: 'sitting', id: 'SITTING' } }] }],
  };
  return { name: 'StartStretchIntent', confirmationStatus: 'NONE', slots: { variant: { name: 'variant', value: 'sitting', confirmationStatus: 'NONE', resolutions } } } as Intent;
}

/** Launch, choose sitting, then "ready" until the first hold (the child stops there). */
function toFirstHold(locale: string, user: string): RequestEnvelope[] {
  const ready: Intent = { name: 'ReadyIntent', confirmationStatus: 'NONE', slots: {} };
  return [
    event(locale, user, 0, { type: 'LaunchRequest' }),
    event(locale, user, 1, { type: 'IntentRequest', intent: sitting() }),
    ...Array.from({ length: MAX_TURNS }, (_, i) => event(locale, user, i + 2, { type: 'IntentRequest', intent: ready })),
  ];
}

describe('dist/ on its own, run by plain Node', () => {
  let heard: ResponseLike[][] = [];

  beforeAll(() => {
    const folder = mkdtempSync(join(tmpdir(), 'standalone-'));
    try {
      cpSync(join(ROOT, 'dist'), join(folder, 'dist'), { recursive: true });
      writeFileSync(join(folder, 'conversations.json'), JSON.stringify(LOCALE_IDS.map((locale, i) => toFirstHold(locale, `STANDALONE${i}`))));
      const run = spawnSync(process.execPath, ['-e', CHILD, join(folder, 'dist', 'index.js'), join(folder, 'conversations.json')], {
        cwd: folder,
        encoding: 'utf8',
        timeout: 60_000,
        env: { PATH: process.env.PATH, SKILL_ID },
      });
      if (run.status !== 0) throw new Error(`the bundle failed on its own (exit ${run.status}): ${run.stderr}`);
      heard = JSON.parse(run.stdout) as ResponseLike[][];
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 90_000);

  test.each(LOCALE_IDS.map((locale, i) => [locale, i]))('%s: welcomes in its own words, then times the first hold with its own model', (locale, i) => {
    const t = translator(locale);
    const responses = heard[i as number];
    const welcome = readResponse(responses[0]).text;
    // The first words of its welcome, read from dist/<locale>/speech.json.
    expect(welcome.startsWith(readResponse({ outputSpeech: { type: 'SSML', ssml: `<speak>${t('welcome.new')}</speak>` } }).text.slice(0, 12))).toBe(true);
    const hold = responses[responses.length - 1];
    // The hold, with cues spaced by dist/<locale>/timing.json.
    expect(readResponse(hold).apla).toBeDefined();
    expect(responses.length).toBeLessThan(MAX_TURNS + 2);
  });
});
